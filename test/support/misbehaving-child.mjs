// A stand-in parser process for the pool tests: what it does depends on the task's file name.
const hold = [];
process.on('message', (task) => {
  const [what, arg] = task.file.split(':');
  if (what === 'ok') process.send({ ok: true, json: JSON.stringify({ file: task.file }) });
  else if (what === 'flags') process.send({ ok: true, json: JSON.stringify(process.execArgv) });
  else if (what === 'abort') process.abort();
  else if (what === 'exit') process.exit(Number(arg));
  else if (what === 'hang') setInterval(() => {}, 1000);
  else if (what === 'grow' || what === 'grow-to') {
    // Touch the memory (Buffer.alloc fills it) so that it is resident, 16 MiB at a time.
    const limit = what === 'grow-to' ? Number(arg) * 1024 * 1024 : Infinity;
    const step = () => {
      if (hold.length * 16 * 1024 * 1024 >= limit) {
        setTimeout(() => {
          hold.length = 0;
          process.send({ ok: true, json: JSON.stringify({ file: task.file }) });
        }, 300);
        return;
      }
      hold.push(Buffer.alloc(16 * 1024 * 1024, 1));
      setTimeout(step, 5);
    };
    step();
  }
});
process.on('disconnect', () => process.exit(0));
