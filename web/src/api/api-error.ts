/** The service's one error body: `{ statusCode, error, message, errors?: [{ field, reason }] }`. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }

  /** Reasons by field, for a form to show each next to its input. */
  byField(): Record<string, string> {
    const reasons: Record<string, string> = {};
    for (const { field, reason } of this.problems) reasons[field] ??= reason;
    return reasons;
  }
}

/** Reads whatever the service answered into an ApiError (a proxy may answer without JSON). */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object') {
    const { message, errors } = body as { message?: unknown; errors?: unknown };
    const problems = Array.isArray(errors)
      ? errors.filter(
          (entry): entry is FieldProblem =>
            typeof entry?.field === 'string' && typeof entry?.reason === 'string',
        )
      : [];
    const text = Array.isArray(message) ? message.join('; ') : String(message ?? status);
    return new ApiError(status, text, problems);
  }
  return new ApiError(status, typeof body === 'string' && body ? body : String(status));
}
