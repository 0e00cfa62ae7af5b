import { AppError } from '../../platform/app-error.js';

export const knowledgeErrors = {
  collectionNotFound: () =>
    new AppError(
      'collection_not_found',
      404,
      '지식 모음을 찾을 수 없습니다. 삭제되었거나 볼 권한이 없는 모음입니다.',
    ),
  documentNotFound: () =>
    new AppError(
      'document_not_found',
      404,
      '문서를 찾을 수 없습니다. 삭제되었거나 볼 권한이 없는 문서입니다.',
    ),
  passageNotFound: () =>
    new AppError(
      'passage_not_found',
      404,
      '인용한 구절을 찾을 수 없습니다. 문서가 바뀌었거나 삭제되었거나, 볼 권한이 없습니다.',
    ),
  cannotManage: () =>
    new AppError(
      'forbidden',
      403,
      '이 지식 모음을 관리할 권한이 없습니다. 모음의 소유자나 관리자에게 요청하세요.',
    ),
  cannotCreate: (scope: string) =>
    new AppError(
      'forbidden',
      403,
      scope === 'common'
        ? '기관 공통 모음은 플랫폼 관리자만 만들 수 있습니다.'
        : '부서 모음은 그 부서의 부서 관리자나 플랫폼 관리자만 만들 수 있습니다.',
    ),
  noDepartment: () =>
    new AppError('validation_failed', 400, '소속 부서가 없어 부서 모음을 만들 수 없습니다. 부서를 고르세요.'),
  embeddingUnavailable: (model: string) =>
    new AppError(
      'embedding_unavailable',
      502,
      `임베딩 모델(${model})에 연결하지 못했습니다. 모델 관리에서 연결을 확인하거나, 임베딩 없이(어휘 검색만) 만드세요.`,
    ),
  externalEmbeddingForInternal: () =>
    new AppError(
      'validation_failed',
      400,
      '내부 자료 모음에는 기관 내부(온프레미스) 임베딩 모델만 쓸 수 있습니다.',
    ),
  unknownShareSubject: () =>
    new AppError('validation_failed', 400, '공유 대상 중 이 기관에 없는 사용자나 부서가 있습니다.'),
};
