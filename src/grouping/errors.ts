/** Thrown when a scheme directory cannot be read or its tables do not have the documented shapes. */
export class GrouperLoadError extends Error {
  override name = 'GrouperLoadError';
}
