import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../common/http/validation-failed.exception.js';
import { EXTERNAL_ID_PATTERN, EXTERNAL_ID_RULE } from './dto/external-id.js';

@Injectable()
export class ExternalIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!EXTERNAL_ID_PATTERN.test(value)) {
      throw new ValidationFailedException([{ field: 'externalId', reason: EXTERNAL_ID_RULE }]);
    }
    return value;
  }
}
