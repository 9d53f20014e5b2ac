/**
 * `compute`, remembering its last argument and answer. For the text of a finding (a fix label, a
 * message part) that repeats across findings: a long paste that repeats one slip has hundreds of
 * thousands of findings, and one string per finding for the same words outlived the rule and was
 * copied by the garbage collector. Only for pure functions of one argument compared with ===.
 */
export function rememberLast<A, R>(compute: (argument: A) => R): (argument: A) => R {
  let seen = false;
  let lastArgument: A | undefined;
  let lastAnswer: R | undefined;
  return (argument) => {
    if (!seen || argument !== lastArgument) {
      lastAnswer = compute(argument);
      lastArgument = argument;
      seen = true;
    }
    return lastAnswer as R;
  };
}

/**
 * `compute`, remembering the answers for up to `capacity` recent arguments (all forgotten at once
 * when full): for texts that alternate between a few values ("“word” “word” ...").
 */
export function rememberRecent<A, R>(compute: (argument: A) => R, capacity = 64): (argument: A) => R {
  const answers = new Map<A, R>();
  return (argument) => {
    let answer = answers.get(argument);
    if (answer === undefined && !answers.has(argument)) {
      answer = compute(argument);
      if (answers.size >= capacity) answers.clear();
      answers.set(argument, answer);
    }
    return answer as R;
  };
}
