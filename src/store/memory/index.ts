export { createMemoryStore } from '../../features/reviews/memory-review-store';
