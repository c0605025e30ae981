import { describeClaimsHalf } from '../helpers/differential';

describeClaimsHalf('first', 'differential-claims');
