import { AppError } from '../../platform/app-error.js';

/** The assistants module's failures; Korean messages the web shows as they are. */
export const assistantErrors = {
  /** Also for assistants the caller may not use: their existence is not leaked. */
  notFound: () =>
    new AppError(
      'assistant_not_found',
      404,
      '어시스턴트를 찾을 수 없습니다. 삭제되었거나 사용할 권한이 없는 어시스턴트입니다.',
    ),
  versionNotFound: (number: number) =>
    new AppError('not_found', 404, `어시스턴트의 ${String(number)}번째 버전을 찾을 수 없습니다.`),
  exampleNotFound: () => new AppError('not_found', 404, '예시 대화를 찾을 수 없습니다.'),
  cannotEdit: () =>
    new AppError(
      'forbidden',
      403,
      '이 어시스턴트를 고칠 권한이 없습니다. 만든 사람에게 편집자로 추가해 달라고 요청하거나, 복사해서 고쳐 쓰세요.',
    ),
  cannotManage: () =>
    new AppError('forbidden', 403, '공유 설정 변경과 삭제는 어시스턴트를 만든 사람만 할 수 있습니다.'),
  versionConflict: (current: number) =>
    new AppError(
      'version_conflict',
      409,
      `다른 사람이 먼저 고쳐 현재 버전이 ${String(current)}입니다. 새로 불러와 바뀐 내용을 확인한 뒤 다시 저장하세요.`,
      { currentVersion: current },
    ),
  alreadyCurrent: () => invalid('이미 현재 버전의 내용입니다. 되돌릴 다른 버전을 고르세요.'),
  unreadableCollections: (count: number) =>
    invalid(
      `지식 모음 ${String(count)}개를 읽을 권한이 없거나 삭제된 모음입니다. 읽을 수 있는 모음만 연결할 수 있습니다.`,
    ),
  unknownTemplate: (id: string) =>
    invalid(`문서 템플릿 '${id}'을(를) 찾을 수 없습니다. 템플릿 목록에서 다시 고르세요.`),
  unknownModel: (id: string) =>
    invalid(`대화 모델 '${id}'을(를) 찾을 수 없습니다. 등록된 대화 모델 중에서 고르세요.`),
  externalModelForInternal: (id: string) =>
    invalid(
      `내부 자료 모음을 쓰는 어시스턴트는 내부망(온프레미스) 모델만 쓸 수 있습니다. '${id}'은(는) 외부 모델입니다.`,
    ),
  noDepartment: () => invalid('소속 부서가 없어 부서에 공유할 수 없습니다. 공유할 부서를 고르세요.'),
  unknownDepartment: () => invalid('공유할 부서를 이 기관에서 찾을 수 없습니다.'),
  unknownPeople: () =>
    invalid('공유 대상 중 이 기관에 없거나 사용이 중지된 사용자가 있습니다. 목록을 다시 확인하세요.'),
  ownerListed: () => invalid('만든 사람은 이미 모든 권한이 있어 사용자나 편집자로 넣을 수 없습니다.'),
  ownRating: () => invalid('자신이 만든 어시스턴트에는 별점을 줄 수 없습니다.'),
};

function invalid(message: string): AppError {
  return new AppError('validation_failed', 400, message);
}
