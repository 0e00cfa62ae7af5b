/**
 * Who is calling a model, as the guard (and later the meter) needs it: for audit rows and for the
 * retention and budget rules of their department. Never carries message content.
 */
export interface GuardCaller {
  userId: string | null;
  apiKeyId: string | null;
  departmentId: string | null;
  /** Readable actor for audit rows: `홍길동 (20231234)` or `API 키 민원 챗봇`. */
  label: string;
  ipAddress: string | null;
  channel: 'chat' | 'v1' | 'translation' | 'image' | 'knowledge' | 'drafting';
}

export const systemCaller: GuardCaller = {
  userId: null,
  apiKeyId: null,
  departmentId: null,
  label: '시스템',
  ipAddress: null,
  channel: 'chat',
};

/** A signed-in staff member as the guard sees them. */
export function staffCaller(
  user: {
    id: string;
    name: string;
    employeeNumber: string | null;
    username: string | null;
    departmentId: string | null;
  },
  ipAddress: string | null,
  channel: GuardCaller['channel'],
): GuardCaller {
  const handle = user.employeeNumber ?? user.username;
  return {
    userId: user.id,
    apiKeyId: null,
    departmentId: user.departmentId,
    label: handle === null ? user.name : `${user.name} (${handle})`,
    ipAddress,
    channel,
  };
}

/** Another government system calling /v1 with an API key. */
export function apiKeyCaller(
  key: { id: string; name: string; departmentId: string },
  ipAddress: string | null,
): GuardCaller {
  return {
    userId: null,
    apiKeyId: key.id,
    departmentId: key.departmentId,
    label: `API 키 ${key.name}`,
    ipAddress,
    channel: 'v1',
  };
}
