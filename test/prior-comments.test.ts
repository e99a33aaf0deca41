// references.priorComments: which comments of an earlier letter a comment refers to.
import { describe, expect, it } from 'vitest';
import { priorCommentNumbers } from '../src/prior-comments.js';

describe('priorCommentNumbers', () => {
  it('should read every wording of a reference to an earlier letter\'s comments, ranges included (c0057, c0116, c0237)', () => {
    expect(priorCommentNumbers('We note your response to prior comment 2.')).toEqual([2]);
    expect(priorCommentNumbers('We note your response to previous comment 4. Please also address comment 5 in our letter dated March 30, 2012, comments 2 and 3 of our letter dated February 1, 2012, and prior comments 7 through 9.')).toEqual([2, 3, 4, 5, 7, 8, 9]);
    expect(priorCommentNumbers('We are evaluating your response to our prior comment number 4 in our letter dated May 22, 2024.')).toEqual([4]);
    expect(priorCommentNumbers('See earlier comments Nos. 1 & 2, and prior comments 10-12.')).toEqual([1, 2, 10, 11, 12]);
    expect(priorCommentNumbers('Refer to comment 1 from our letter dated June 3.')).toEqual([1]);
  });

  it('should leave out this letter\'s own comments and the letter a response answers, and keep a range to its ends past 50', () => {
    expect(priorCommentNumbers('As in comment 3 above, please revise.')).toEqual([]);
    expect(priorCommentNumbers('In response to comment 4 of your letter dated March 1, 2024, we have revised.')).toEqual([]);
    expect(priorCommentNumbers('prior comments 1 through 900')).toEqual([1, 900]);
  });
});
