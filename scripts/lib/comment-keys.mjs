// Keys that pair a letter's comments with another parse's: the number and which time it is printed ("2#0", "2#1"), so
// that a number printed twice (numbered afresh: NUMBER_RESTART, or by mistake) pairs in order, the second with the second.

/** Each comment's key, in order. */
export function commentKeys(comments) {
  const seen = new Map();
  return comments.map((c) => {
    const k = seen.get(c.number) ?? 0;
    seen.set(c.number, k + 1);
    return `${c.number}#${k}`;
  });
}
