/**
 * Is a local port free? Asked before a long build, so that `npm start` / `npm run preview` stop at once with a plain
 * message instead of building for a minute and then failing (or serving beside another server on that port).
 */
const net = require('net');

/**
 * Listens on port at host and closes again: 'free', 'in-use', or 'skip' when this host cannot be listened on here
 * (no IPv6). Any other refusal (EACCES: a privileged port) is returned as its error code.
 */
function tryListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') resolve('in-use');
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') resolve('skip');
      else resolve(error.code || 'error');
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

/**
 * 'free', 'in-use' or an error code. The loopback addresses the browser reaches as "localhost" are tried one by one,
 * then every interface, so that a server on any of them counts.
 */
async function portStatus(port) {
  for (const host of ['127.0.0.1', '::1', undefined]) {
    const status = await tryListen(port, host);
    if (status !== 'free' && status !== 'skip') return status;
  }
  return 'free';
}

/** The port in an environment variable (default when unset); null when the value is no port number. */
function portFrom(value, fallback) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  return /^\d+$/.test(String(value).trim()) && Number.isInteger(port) && port >= 1 && port <= 65535 ? port : null;
}

/**
 * Checks the port named by the environment variable `variable` (default `fallback`). Returns the port when it can be
 * used; otherwise prints what is wrong and how to choose another port with `command`, and returns null (the caller
 * exits).
 */
async function checkPort(variable, fallback, env = process.env, command = 'npm start') {
  const port = portFrom(env[variable], fallback);
  if (port === null) {
    console.error(`${variable}=${env[variable]} 不是端口号（1–65535） / ${variable}=${env[variable]} is not a port number (1–65535)`);
    return null;
  }
  const status = await portStatus(port);
  if (status === 'free') return port;
  const other = port === 65535 ? 3001 : port + 1;
  if (status === 'in-use') {
    console.error(
      `端口 ${port} 已被占用：请关闭占用它的程序，或用 ${variable} 另选端口，例如 ${variable}=${other} ${command}\n` +
        `port ${port} is in use: stop what is using it, or choose another port with ${variable}, e.g. ${variable}=${other} ${command}`,
    );
  } else {
    console.error(`无法使用端口 ${port}（${status}），可用 ${variable} 另选端口 / port ${port} cannot be used (${status}): choose another with ${variable}`);
  }
  return null;
}

module.exports = { checkPort, portStatus, portFrom };
