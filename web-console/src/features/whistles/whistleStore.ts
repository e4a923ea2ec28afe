// Whistles in memory: the REST list plus refetches triggered by whistleChanged. Older copies never replace newer ones.
import type { Whistle } from './types';
import { KeyedStore, newestWins } from '../../shared/keyedStore';

export class WhistleStore extends KeyedStore<Whistle> {
  constructor() {
    super(newestWins());
  }
}
