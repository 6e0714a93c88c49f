// Types for guards.mjs (plain JavaScript, run unbuilt by deploy/server.mjs).
import type { IncomingMessage, ServerOptions, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

export const SERVER_OPTIONS: ServerOptions;
export function guard(req: IncomingMessage, res: ServerResponse): boolean;
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void;
export const MAX_ADDRESS_LENGTH: number;
export function redactAddresses(text: string): string;
