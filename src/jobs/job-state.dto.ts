import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class JobStateDto {
  @ApiProperty({ example: 'import-5b0c…' }) id: string;
  @ApiProperty({ example: 'imports' }) queue: string;
  @ApiProperty({ example: 'import-participants' }) name: string;
  @ApiProperty({
    enum: [
      'waiting',
      'active',
      'completed',
      'failed',
      'delayed',
      'prioritized',
      'waiting-children',
      'unknown',
    ],
  })
  state: string;
  @ApiProperty({ description: 'Percentage done (0-100), or an object with details' })
  progress: unknown;
  @ApiPropertyOptional({ description: 'Small summary (ids and counts) once completed' })
  result: unknown;
  @ApiPropertyOptional({ nullable: true, type: String }) failedReason: string | null;
  @ApiProperty() attemptsMade: number;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) finishedAt: Date | null;
}
