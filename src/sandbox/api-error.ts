/** Thrown by route handlers to answer with a given status and JSON body, like Coolify does. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown> | string, headers: Record<string, string> = {}) {
    const b = typeof body === 'string' ? { message: body } : body;
    super(typeof b.message === 'string' ? b.message : `HTTP ${status}`);
    this.status = status;
    this.body = b;
    this.headers = headers;
  }
}

/** 404 `{"message":"<What> not found."}`. */
export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found.`);
}

/** 400 with a message. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, message);
}

/** 422 `{"message":"Validation failed.","errors":{…}}`. */
export function validationFailed(errors: Record<string, string[] | string>): ApiError {
  return new ApiError(422, { message: 'Validation failed.', errors });
}

/** 409 with a message. */
export function conflict(message: string): ApiError {
  return new ApiError(409, message);
}
