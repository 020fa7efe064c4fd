import { fillProblem, type ProblemArgs } from './fillProblem';

/**
 * The English text of every problem the core reports about a program (lexer, parser, checker, world,
 * interpreter). A problem is data: a code from this table and the arguments its `{name}` placeholders take;
 * this English is the CLI's (and the message of a ProgramError), the UI says the same code in the reader's
 * language from its catalogues (`problem.<code>`, src/i18n/<locale>/problems.ts, which must have every code).
 *
 * `{lbrace}` and `{rbrace}` stand for the language's braces `{` and `}` in every template.
 *
 * Codes with a dot are parts of a message, not messages: what a parser expected and where (`where.*`, `what.*`),
 * what it found (`found.*`) and a "did you mean" hint (`hint.*`); an argument may be such a part.
 */
export const PROBLEM_MESSAGES = {
  // Parts of messages.
  'found.end': 'the end of the program',
  'found.token': "'{text}'",
  'hint.didYouMean': " — did you mean '{name}'?",
  'where.after': "after '{text}'",
  'where.closeCondition': "to close the condition of '{text}'",
  'where.afterStatement': 'after the statement',
  'where.afterForStart': "after the for loop's start",
  'where.afterForCondition': "after the for loop's condition",
  'where.closeFor': "to close 'for (…)'",
  'where.afterConstant': 'after the constant',
  'where.closeArraySize': 'to close the array size',
  'where.afterDeclaration': 'after the declaration',
  'where.afterDeclName': "after '{name}' in the declaration",
  'where.afterWorld': 'after the world declaration',
  'where.afterField': "after the field '{name}'",
  'where.betweenFields': 'between fields',
  'where.betweenArguments': 'between arguments',
  'where.closeCast': 'to close the cast',
  'where.closeIndex': 'to close the index',
  'where.closeParen': "to close '('",
  'what.constantName': 'a constant name after const',
  'what.declName': 'a name in the declaration',
  'what.worldKind': "a world kind after 'world' (file, tcp, buffer, heap, process)",
  'what.fieldName': 'a field name',

  // Lexer.
  commentNotClosed: "'/*' comment is never closed: expected '*/'",
  notANumber: "'{word}' is not a number",
  stringNotClosed: "string is never closed: expected '\"'",
  unexpectedChar: "unexpected character '{char}'",

  // Parser.
  expectedToken: "expected '{token}' {where}, found {found}",
  expected: 'expected {what}, found {found}',
  expectedValue: 'expected a value, found {found}',
  doWithoutWhile: "expected 'while' after the do body, found {found}",
  tooDeep: 'nested more than {max} levels deep',
  closesNothing: "'{rbrace}' closes nothing",
  blockNotClosed: "'{lbrace}' is never closed: expected '{rbrace}'",
  elseWithoutIf: "'else' without an 'if' before it",
  unknownWorldKind: "unknown world kind '{kind}': expected file, tcp, buffer, heap or process",
  cannotAssignBefore: "cannot assign to this expression: expected a name, 'buf[i]' or '*p' before '{op}'",
  callNotNamed: 'only a named function can be called',
  tooManyChars: 'the program is longer than {max} characters',
  tooManyLines: 'the program is longer than {max} lines',

  // Checker.
  constNotTop: 'const belongs at the top level of the program',
  worldNotTop: 'world declarations belong at the top level of the program',
  outsideLoop: "'{word}' outside a loop",
  forkNotTop: "fork() is modelled at the top level of the program only ('pid = fork();')",
  unknownName: "unknown name '{name}'{suggestion}",
  unknownCall: "unknown system call '{name}'{suggestion}",
  argCountOne: '{name}() takes 1 argument ({params}), got {got}: {signature}',
  argCount: '{name}() takes {count} arguments ({params}), got {got}: {signature}',
  callNotStatement: "{name}() must be a statement of its own, e.g. 'x = {name}(…);'",
  syscallNameFirst: 'syscall() takes the call\'s name in quotes first, e.g. syscall("fstat", 0)',
  notLinuxCall: "'{name}' is not a Linux system call{suggestion}",

  // Constants and world declarations.
  notConstant: "'{name}' is not a constant here{suggestion}",
  opNotConstant: "'{op}' does not make a constant",
  opNeedsNumbers: "'{op}' needs numbers",
  expectedConstant: 'expected a constant value (a number, a string or a named constant)',
  divisionByZero: 'division by zero',
  unknownOperator: "unknown operator '{op}'",
  badParamValue: '{error}',
  constantTwice: "constant '{name}' is defined twice",
  notAField: "'{field}' is not a field of world {kind}: expected {fields}",
  notAFieldNone: "'{field}' is not a field of world {kind}: expected no fields",
  tooManyFiles: 'the model has at most {max} files to read; this is one more',
  bufferTwice: 'the model has one user buffer; it is declared twice',
  outFileTwice: 'the model has one file to write; it is declared twice',
  fdTwice: 'fd {fd} is declared twice (first at {line}:{col})',
  declaredFdRange: 'a descriptor here is a whole number from 3 to {max} (0, 1 and 2 are the terminal)',
  fdIsPipes:
    "fd {fd} is the pipe's: the program calls pipe2(), which gives fds 5 and 6; give the socket another fd",
  tooManySockets: 'the model has at most {max} TCP sockets; this is one more',
  onePeer: 'one socket receives from a peer in the model, and fd {fd} does',
  peerIsFd4: "the socket a peer sends to is fd 4 in the model: 'world tcp 4 = {lbrace} peer: F {rbrace};'",
  machineField: "'{field}' is a setting of the whole machine: give it on the first socket (fd {fd})",
  worldNeedsField: "world {kind} needs a '{field}' field",
  fileIsFd3:
    "the first file to read is fd 3: write 'world file 3 = {lbrace} … {rbrace}' (later files may have other fds)",
  bufferName: "expected the buffer's name after 'world {kind}'",
  offsetBelowPage: 'offset must be below the page size ({page})',
  bufferCount: "a buffer's count is a number from 1 to 1048576",
  processName: 'expected a process name in quotes',
  outFileFd: 'the file to write is fd 3 (with a socket as fd 4) or fd 4 (after a file as fd 3)',
  outFileNoSize: 'a file opened for writing starts empty (O_TRUNC): it has no size or cache',

  // Running.
  stepCap: 'the program made more than {limit} steps: make the file smaller or the loop shorter',
  opCap: 'the program ran {max} statements without ending: is a loop endless?',
  internal: 'internal error: {error}',
  forkNotTopShort: 'fork() is modelled at the top level of the program only',
  numberFoundString: 'expected a number here, found a string',
  numberFoundArray: 'expected a number here, found an array',
  usedBeforeValue: "'{name}' is used before it has a value",
  indexOutside: 'index {index} is outside the array (0 to {last})',
  notIndexable: 'only arrays and addresses can be indexed',
  cannotAssign: 'cannot assign to this expression',
  pipe2Array: 'pipe2() needs an array name, e.g. pipe2(p, 0)',
  callStatementOnly: '{name}() must be a statement of its own',
  writevIovName: 'writev() needs an array name for iov, e.g. writev(4, iov, 2)',
  writevIovArray: "writev()'s iov must be an array: int iov[4];",
  recvmsgArray: 'recvmsg() needs an array name for msg, e.g. recvmsg(4, msg, MSG_ERRQUEUE)',
  getSqeBeforeMmap: 'io_uring_get_sqe() before the rings are mapped: mmap both first',
  needsSqe: '{call}() needs the SQE io_uring_get_sqe() just returned',
  setFlagsNeedsSqe: 'io_uring_sqe_set_flags() needs the SQE just prepared',

  // What the model does not run (each names the call and what to write instead, where there is a way).
  'notModelled.secondFork': 'not modelled: a second fork(); the model runs two processes',
  'notModelled.noChild': 'not modelled: waitpid({pid}, …) with no such child (Linux: ECHILD)',
  'notModelled.spliceOffsets': 'not modelled: splice() with offset pointers; pass NULL',
  'notModelled.recvfromAddress': 'not modelled: recvfrom() with an address; pass NULL, NULL',
  'notModelled.copyFileRangeArgs':
    'not modelled: copy_file_range() with offsets or flags; pass NULL, NULL, 0',
  'notModelled.enterSigmask': 'not modelled: io_uring_enter() with a signal mask; pass NULL',
  'notModelled.sendZcFlags': 'not modelled: io_uring_prep_send_zc() zc_flags other than 0',
  'notModelled.notPeerSocket':
    "not modelled: {call}() on fd {fd}; the socket a peer sends to is fd 4 ('world tcp 4 = {lbrace} peer: F {rbrace}')",
  'notModelled.notOutFile':
    "not modelled: {call}() on fd {fd}; the file to write is declared with 'world file N = {lbrace} flags: O_WRONLY | … {rbrace}'",
  'notModelled.notFile':
    "not modelled: {call}() on fd {fd}; the model's file is fd 3 ('world file 3 = {lbrace} … {rbrace}')",
  'notModelled.notAFile': 'not modelled: {call}() on fd {fd}; the files to read are fds {list}',
  'notModelled.pipeTwoFiles':
    "not modelled: splice() of a second file into a pipe that still holds the first file's pages",
  'notModelled.notTcp': 'not modelled: {call}() on fd {fd}; {sockets}',
  'sockets.none': "the program declares no TCP socket ('world tcp 4;')",
  'sockets.one': "the model's TCP socket is fd {fd} ('world tcp {fd};')",
  'sockets.many': "the model's TCP sockets are fds {list}",
  'notModelled.notFirstTcp':
    "not modelled: {call}() on fd {fd}; it works on the TCP socket 4, declared first ('world tcp 4;')",
  'notModelled.lseekWhence': 'not modelled: lseek() other than SEEK_SET',
  'notModelled.flags': 'not modelled: {call}() flags other than 0',
  'notModelled.negativeCount': 'not modelled: {call}() of a negative count',
  'notModelled.negativeLength': 'not modelled: {call}() of a negative length',
  'notModelled.negativeCountOrOffset': 'not modelled: {call}() of a negative count or offset',
  'notModelled.directFromMapping': 'not modelled: an O_DIRECT write() from a mapping',
  'notModelled.intoDirect': 'not modelled: {call}() into an O_DIRECT file',
  'notModelled.ofDirect': 'not modelled: {call}() of an O_DIRECT file',
  'notModelled.notFromFile3': 'not modelled: {call}() from a fd other than the file 3',
  'notModelled.memcpyOutside':
    "not modelled: memcpy() outside the buffer; both ranges must lie in 'world buffer'",
  'notModelled.sendfileOffset': 'not modelled: sendfile() with an offset pointer; pass NULL',
  'notModelled.secondPipe': 'not modelled: a second pipe; the model has one (fds 5 and 6)',
  'notModelled.vmspliceFd': "not modelled: vmsplice() to a fd other than the pipe's write end p[1]",
  'notModelled.spliceNoPipe': 'not modelled: splice() without a pipe; call pipe2(p, 0) first',
  'notModelled.spliceEmptyPipe': 'not modelled: splice() from an empty pipe: it would block forever',
  'notModelled.spliceFds':
    'not modelled: splice({in}, …, {out}, …): the model splices file → pipe (3 → p[1]) and pipe → socket (p[0] → a socket)',
  'notModelled.ringAddress': 'not modelled: mmap() of the rings at a given address; pass NULL',
  'notModelled.mmapForm': 'not modelled: mmap() other than mmap(NULL, len, PROT_READ, MAP_SHARED, 3, 0)',
  'notModelled.mmapWriteForm':
    'not modelled: mmap() of the written file other than mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, {fd}, 0)',
  'notModelled.msyncWithout': 'not modelled: msync() without a writable shared mapping',
  'notModelled.memcpyIntoMapping': 'not modelled: memcpy() into the mapping from outside the buffer',
  'notModelled.writevOnRx': 'not modelled: writev() on the socket the peer sends to',
  'notModelled.writevCount':
    'not modelled: writev() of other than 1 or 2 iovecs from an array of base, length pairs',
  'notModelled.negativeIovLen': 'not modelled: writev() of a negative iov_len',
  'notModelled.secondMapping': 'not modelled: a second mapping; the model has one',
  'notModelled.mmapLength': 'not modelled: mmap() of length 0 or less (Linux: EINVAL)',
  'notModelled.munmapAddress': 'not modelled: munmap() of an address mmap() did not return',
  'notModelled.negativeStore': 'not modelled: a store to a negative address',
  'notModelled.loadOutside':
    'not modelled: a load from memory outside the declared buffer (the model knows no other user memory)',
  'notModelled.notRing': 'not modelled: {call}() on {fd}; pass the fd io_uring_setup() returned',
  'notModelled.secondRing': 'not modelled: a second io_uring instance; the model has one',
  'notModelled.setupFlags': 'not modelled: io_uring_setup() flags other than 0 and IORING_SETUP_SQPOLL',
  'notModelled.ringMapping': 'not modelled: the rings are mapped PROT_READ | PROT_WRITE, MAP_SHARED',
  'notModelled.ringOffset': 'not modelled: a ring offset other than IORING_OFF_SQ_RING and IORING_OFF_SQES',
  'notModelled.uringReadFd':
    "not modelled: a read of a fd other than the file 3 ('world file 3 = {lbrace} … {rbrace}')",
  'notModelled.uringSendFd':
    "not modelled: a send on a fd other than the TCP socket 4, declared first ('world tcp 4;')",
  'notModelled.prepOutside': 'not modelled: {call}() of memory outside the declared buffer',
  'notModelled.sqeFlags': 'not modelled: SQE flags other than 0 and IOSQE_IO_LINK',
  'notModelled.enterFlags': 'not modelled: io_uring_enter() flags other than IORING_ENTER_GETEVENTS',
  'notModelled.enterForever':
    'not modelled: io_uring_enter() waiting for {count} CQEs that will never come: it would wait forever',
  'notModelled.setsockopt':
    'not modelled: setsockopt() other than SOL_SOCKET, SO_ZEROCOPY or SOL_TCP, TCP_CORK',
  'notModelled.sendFlags': 'not modelled: send() flags other than 0 and MSG_ZEROCOPY',
  'notModelled.pollTimeout': 'not modelled: poll() with a timeout; pass -1',
  'notModelled.pollEvents': 'not modelled: poll() events other than POLLERR (the error queue)',
  'notModelled.pollForever': 'not modelled: poll() with no notification to come: it would wait forever',
  'notModelled.recvmsgFlags': 'not modelled: recvmsg() other than MSG_ERRQUEUE',
} as const satisfies Readonly<Record<string, string>>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
export type { ProblemArg, ProblemArgs, ProblemPart } from './fillProblem';

/** Every code, so a UI can check it has a message for each (tests/i18n/problems.test.ts). */
export const PROBLEM_CODES = Object.keys(PROBLEM_MESSAGES) as readonly ProblemCode[];

/** The English message of a problem (the CLI's words). */
export function problemMessage(code: ProblemCode, args: ProblemArgs = {}): string {
  return fillProblem(code, args, (c) => PROBLEM_MESSAGES[c]);
}
