export { createSqliteStore } from '../../features/reviews/sqlite-review-store';
