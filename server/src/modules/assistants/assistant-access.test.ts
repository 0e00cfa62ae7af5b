import { describe, expect, it } from 'vitest';
import {
  assistantRoleOf,
  canEditAssistant,
  canManageAssistant,
  type AssistantAccessFacts,
  type AssistantViewer,
} from './assistant-access.js';

const institutionId = '00000000-0000-4000-8000-000000000001';
const bureau = 'bureau';
const division = 'division';
const team = 'team';
const elsewhere = 'elsewhere';

function viewer(overrides: Partial<AssistantViewer> = {}): AssistantViewer {
  return {
    id: 'viewer',
    institutionId,
    departmentId: team,
    departmentChain: [team, division, bureau],
    role: 'staff',
    ...overrides,
  };
}

function facts(overrides: Partial<AssistantAccessFacts> = {}): AssistantAccessFacts {
  return {
    institutionId,
    ownerUserId: 'owner',
    builtInKey: null,
    visibility: 'private',
    shareDepartmentId: null,
    includeSubdepartments: false,
    archivedAt: null,
    membership: null,
    ...overrides,
  };
}

describe('assistantRoleOf', () => {
  it('keeps private assistants to their owner, platform admins included', () => {
    expect(assistantRoleOf(viewer({ id: 'owner' }), facts())).toBe('owner');
    expect(assistantRoleOf(viewer(), facts())).toBeNull();
    expect(assistantRoleOf(viewer({ role: 'platform_admin' }), facts())).toBeNull();
    expect(assistantRoleOf(viewer({ role: 'department_admin' }), facts())).toBeNull();
  });

  it('lets members use and editors edit, whatever the visibility', () => {
    expect(assistantRoleOf(viewer(), facts({ visibility: 'users', membership: 'user' }))).toBe('user');
    expect(assistantRoleOf(viewer(), facts({ membership: 'editor' }))).toBe('editor');
    expect(assistantRoleOf(viewer(), facts({ visibility: 'users' }))).toBeNull();
  });

  it('shares with the institution, never another one', () => {
    expect(assistantRoleOf(viewer(), facts({ visibility: 'institution' }))).toBe('user');
    expect(
      assistantRoleOf(viewer({ institutionId: 'other' }), facts({ visibility: 'institution' })),
    ).toBeNull();
  });

  it('shares with a department, and with the ones below it only when asked', () => {
    const ownTeam = facts({ visibility: 'department', shareDepartmentId: team });
    const theDivision = facts({ visibility: 'department', shareDepartmentId: division });
    const withSubdepartments = { ...theDivision, includeSubdepartments: true };
    expect(assistantRoleOf(viewer(), ownTeam)).toBe('user');
    expect(assistantRoleOf(viewer(), theDivision)).toBeNull();
    expect(assistantRoleOf(viewer(), withSubdepartments)).toBe('user');
    expect(
      assistantRoleOf(viewer({ departmentId: elsewhere, departmentChain: [elsewhere] }), withSubdepartments),
    ).toBeNull();
    expect(assistantRoleOf(viewer({ departmentId: null, departmentChain: [] }), ownTeam)).toBeNull();
  });

  it('shows built-in assistants to everyone and lets platform admins edit them', () => {
    const builtIn = facts({ ownerUserId: null, builtInKey: 'report-writer', visibility: 'institution' });
    expect(assistantRoleOf(viewer(), builtIn)).toBe('user');
    expect(assistantRoleOf(viewer({ role: 'platform_admin' }), builtIn)).toBe('editor');
  });

  it('hides archived assistants from everyone, their owner too', () => {
    const archivedAt = new Date('2026-01-01T00:00:00Z');
    expect(assistantRoleOf(viewer({ id: 'owner' }), facts({ archivedAt }))).toBeNull();
    expect(assistantRoleOf(viewer(), facts({ archivedAt, visibility: 'institution' }))).toBeNull();
  });
});

describe('what each role may do', () => {
  it('lets owners and editors edit, and only owners manage sharing', () => {
    expect([canEditAssistant('owner'), canEditAssistant('editor'), canEditAssistant('user')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(canEditAssistant(null)).toBe(false);
    expect([canManageAssistant('owner'), canManageAssistant('editor')]).toEqual([true, false]);
  });
});
