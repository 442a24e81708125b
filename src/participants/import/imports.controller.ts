import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorBody } from '../../common/http/error-body.js';
import { ImportAcceptedDto, ImportDto } from './import.dto.js';
import { acceptUpload } from './import-upload.js';
import type { ImportFormat } from './participant-import.entity.js';
import { ImportsService } from './imports.service.js';

/** What multer hands over for the `file` field of a multipart upload. */
interface UploadedImportFile {
  buffer: Buffer;
  mimetype: string;
  originalname: string;
}

const UNSUPPORTED =
  'Send a JSON array (Content-Type: application/json), a CSV file (Content-Type: text/csv) or a multipart form with a "file" field';

@ApiBearerAuth()
@ApiTags('imports')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or import' })
@Controller('events/:eventId/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: 'Bulk-import registrations from a JSON array or a CSV export',
    description:
      'CSV: UTF-8, ";" or "," separated, header names in French or English (e.g. "Prénom;Nom;Courriel;Pays;Thèmes"). ' +
      'Rows are applied in the background; a bad row never blocks the good ones, and re-importing the same file changes nothing. ' +
      'A CSV file over 64 KiB is stored as sent and read by the import job, off the request path: its answer has rows and ignoredColumns null, ' +
      'and a format error (bad header, broken quoting, not UTF-8) ends the import as failed, with the reason in failureReason and errors, at GET /events/{eventId}/imports/{importId}.',
  })
  @ApiConsumes('application/json', 'text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'array',
          items: { type: 'object', description: 'A participant body with its externalId' },
        },
        { type: 'string', description: 'CSV text' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      ],
    },
  })
  @ApiAcceptedResponse({ type: ImportAcceptedDto })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: 'Malformed JSON, or a malformed CSV file of at most 64 KiB',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorBody })
  async start(
    @Param('eventId') eventId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @UploadedFile() file?: UploadedImportFile,
  ): Promise<ImportAcceptedDto> {
    const upload = acceptUpload(uploadOf(request, file));
    const record = await this.imports.start(eventId, upload);
    response.location(`/events/${eventId}/imports/${record.id}`);
    const read = record.totalRows !== null;
    return {
      jobId: record.jobId,
      importId: record.id,
      rows: record.totalRows,
      ignoredColumns: read ? record.ignoredColumns : null,
    };
  }

  @Get(':importId')
  @ApiOperation({ summary: 'Status, counts and row-level errors of an import' })
  @ApiOkResponse({ type: ImportDto })
  async get(
    @Param('eventId') eventId: string,
    @Param('importId') importId: string,
  ): Promise<ImportDto> {
    return ImportDto.from(await this.imports.get(eventId, importId));
  }
}

function uploadOf(
  request: Request,
  file?: UploadedImportFile,
): { format: ImportFormat; content: unknown } {
  if (file) {
    const isJson = file.mimetype === 'application/json' || /\.json$/i.test(file.originalname);
    if (!isJson) return { format: 'csv', content: file.buffer };
    try {
      return { format: 'json', content: JSON.parse(file.buffer.toString('utf8')) };
    } catch {
      return { format: 'json', content: undefined };
    }
  }
  if (request.is('application/json')) return { format: 'json', content: request.body };
  if (Buffer.isBuffer(request.body)) return { format: 'csv', content: request.body };
  throw new UnsupportedMediaTypeException(UNSUPPORTED);
}
