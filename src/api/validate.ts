import type { RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { FieldError } from '../contract/verdict';
import { invalid } from '../contract/outcome';
import { jsonDepthError } from '../validate/json-depth';

// Query strings and bodies are checked against a zod schema before a handler sees them; a bad one is a 400
// naming each offending parameter. Schemas are strict, so an unknown or operator-shaped key (status[$ne]) is
// refused, and each value must be a single string (a repeated parameter arrives as an array and is refused).

function issues(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : ''),
    message: i.message,
  }));
}

export function validateQuery(schema: z.ZodType): RequestHandler {
  return (req, res, next) => {
    const parsed = schema.safeParse(req.query);
    if (!parsed.success) {
      const errors = issues(parsed.error);
      throw invalid(`bad query: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}`, errors);
    }
    res.locals.query = parsed.data;
    next();
  };
}

export function validateBody(schema: z.ZodType): RequestHandler {
  return (req, res, next) => {
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const errors = issues(parsed.error);
      throw invalid(`bad body: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}`, errors);
    }
    res.locals.body = parsed.data;
    next();
  };
}

export const queryOf = <T>(res: Response): T => res.locals.query as T;
export const bodyOf = <T>(res: Response): T => res.locals.body as T;

/**
 * A JSON body nested deeper than any claim needs is refused before a handler, a clone or a store sees it
 * (see validate/json-depth.ts): a 400 naming the path. The review routes keep their body as bytes and check
 * it where they parse it (api/review-thread/body-answers.ts).
 */
export function refuseDeepBody(): RequestHandler {
  return (req, _res, next) => {
    if (Buffer.isBuffer(req.body)) return next();
    const error = jsonDepthError(req.body);
    if (!error) return next();
    throw invalid(`body too deep: ${error.path}: ${error.message}`, [error]);
  };
}
