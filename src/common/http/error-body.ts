import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldError {
  @ApiProperty({ example: 'country', description: 'Path of the field in the request' })
  field: string;

  @ApiProperty({ example: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  reason: string;
}

/** The one shape of every error the API returns. */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'Validation failed: country' })
  message: string;

  @ApiPropertyOptional({ type: [FieldError] })
  errors?: FieldError[];
}
