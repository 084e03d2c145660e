/**
 * The server process: picks its transport from the command line (--stdio, --node-ipc,
 * --socket=N, --pipe=NAME), sends console output to the client (stdout belongs to the protocol),
 * logs unexpected errors instead of dying, and starts the server.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`whosaid: uncaught ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`whosaid: unhandled ${e instanceof Error ? e.stack ?? e.message : String(e)}`));

startServer(connection);
connection.listen();
