// A stand-in parser process for test/parser-process.test.ts: hands its environment back over IPC.
process.send(process.env);
