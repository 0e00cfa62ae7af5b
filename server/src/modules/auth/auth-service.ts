import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/app-error.js';
import { auditActorFromUser } from '../audit/audit-actor.js';
import type { SignInFailureReason } from '../audit/audit-event.js';
import type { AuditService } from '../audit/audit-service.js';
import type { OrgService, UserRow } from '../org/index.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import type { PortalIdentity } from './portal-sso.js';

/**
 * Per account and per client address. Offices share one address behind their proxy, so the address limit
 * is a multiple of the account limit: one person's typos must not lock out the floor.
 */
export interface LoginThrottles {
  perUser: LoginThrottle;
  perAddress: LoginThrottle;
}

// Compared against when the user does not exist, so timing does not reveal which usernames exist.
const decoyHash = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export class AuthService {
  constructor(
    private readonly org: OrgService,
    private readonly throttles: LoginThrottles,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** A refused local login: the typed username (clipped) names the actor, the password is never kept. */
  private async recordLocalFailure(
    username: string,
    user: UserRow | undefined,
    reason: SignInFailureReason,
    clientAddress: string,
  ): Promise<void> {
    await this.audit.record({
      action: 'sign-in-failed',
      outcome: 'failure',
      actor:
        user === undefined
          ? { userId: null, apiKeyId: null, label: username.slice(0, 100), ipAddress: clientAddress }
          : auditActorFromUser(user, clientAddress),
      ...(user === undefined ? {} : { target: { type: 'user', id: user.id } }),
      details: { method: 'local', reason },
    });
  }

  async signInLocal(username: string, password: string, clientAddress: string): Promise<UserRow> {
    const userKey = username.toLowerCase();
    const retryAfter = Math.max(
      this.throttles.perUser.retryAfterSeconds(userKey),
      this.throttles.perAddress.retryAfterSeconds(clientAddress),
    );
    if (retryAfter > 0) {
      await this.recordLocalFailure(username, undefined, 'rate_limited', clientAddress);
      throw new AppError(
        'rate_limited',
        429,
        `로그인 시도가 너무 많습니다. ${Math.ceil(retryAfter / 60)}분 뒤에 다시 시도해 주세요.`,
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
    const user = await this.org.findUserByUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (user === undefined || !valid || !user.active) {
      this.throttles.perUser.recordFailure(userKey);
      this.throttles.perAddress.recordFailure(clientAddress);
      const reason = user === undefined ? 'unknown_user' : valid ? 'inactive' : 'wrong_password';
      await this.recordLocalFailure(username, user, reason, clientAddress);
      throw new AppError('login_failed', 401, '아이디 또는 비밀번호가 맞지 않습니다.');
    }
    // The address counter is not reset: a valid login must not wipe another account's guessing record.
    this.throttles.perUser.reset(userKey);
    const signedIn = await this.org.recordSignIn(user.id, this.clock.now());
    await this.audit.record({
      action: 'sign-in-succeeded',
      actor: auditActorFromUser(signedIn, clientAddress),
      target: { type: 'user', id: signedIn.id },
      details: { method: 'local' },
    });
    return signedIn;
  }

  /**
   * A verified portal identity. `newSession` is false when the portal only brings a changed name for the
   * user already signed in: that is not a new sign-in for the audit log.
   */
  async signInPortal(
    identity: PortalIdentity,
    origin: { clientAddress: string; newSession: boolean },
  ): Promise<UserRow> {
    const user = await this.org.upsertPortalUser(identity);
    const actor = auditActorFromUser(user, origin.clientAddress);
    if (!user.active) {
      await this.audit.record({
        action: 'sign-in-failed',
        outcome: 'failure',
        actor,
        target: { type: 'user', id: user.id },
        details: { method: 'portal', reason: 'inactive' },
      });
      throw new AppError('forbidden', 403, '비활성화된 계정입니다. 관리자에게 문의하세요.');
    }
    const signedIn = await this.org.recordSignIn(user.id, this.clock.now());
    if (origin.newSession) {
      await this.audit.record({
        action: 'sign-in-succeeded',
        actor,
        target: { type: 'user', id: user.id },
        details: { method: 'portal', firstVisit: user.lastSignInAt === null },
      });
    }
    return signedIn;
  }

  /** Portal headers that failed verification: nobody is known, only the address and the reason. */
  async recordPortalRefusal(
    reason: Extract<SignInFailureReason, `sso_${string}`>,
    clientAddress: string,
  ): Promise<void> {
    await this.audit.record({
      action: 'sign-in-failed',
      outcome: 'failure',
      actor: { userId: null, apiKeyId: null, label: '알 수 없음 (포털)', ipAddress: clientAddress },
      details: { method: 'portal', reason },
    });
  }

  async isSetupOpen(): Promise<boolean> {
    return (await this.org.countActivePlatformAdmins()) === 0;
  }

  /** First-run: creates the first platform admin, only while none exists. */
  async createFirstAdmin(
    input: { username: string; name: string; password: string },
    clientAddress: string | null = null,
  ): Promise<UserRow> {
    if (!(await this.isSetupOpen())) {
      throw new AppError('setup_closed', 409, '이미 관리자가 있습니다. 관리자 계정으로 로그인하세요.');
    }
    const admin = await this.createLocalAdmin(input);
    await this.audit.record({
      action: 'admin-created',
      // Nobody is signed in during first-run setup: the new admin is the actor.
      actor: auditActorFromUser(admin, clientAddress),
      target: { type: 'user', id: admin.id },
      details: { via: 'setup', username: admin.username ?? input.username },
    });
    return admin;
  }

  async createLocalAdmin(input: { username: string; name: string; password: string }): Promise<UserRow> {
    if ((await this.org.findUserByUsername(input.username)) !== undefined) {
      throw new AppError('conflict', 409, `아이디 '${input.username}'은(는) 이미 쓰이고 있습니다.`);
    }
    return this.org.createLocalUser({
      username: input.username,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      role: 'platform_admin',
    });
  }
}
