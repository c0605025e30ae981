import { describeClaimsHalf } from '../helpers/differential';

describeClaimsHalf('second', 'differential-claims-2');
