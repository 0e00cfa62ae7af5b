import type { Clock } from '../../platform/clock.js';

export interface DeploymentHealthSnapshot {
  inFlight: number;
  recentRequests: number;
  recentErrorRate: number;
  consecutiveFailures: number;
  coolingDownUntil: Date | null;
  lastError: string | null;
}

interface DeploymentState {
  inFlight: number;
  /** Ring buffer of recent outcomes (time, failed); `next` is where the next one goes. */
  outcomes: { at: number; failed: boolean }[];
  next: number;
  consecutiveFailures: number;
  coolingDownUntil: number;
  lastError: string | null;
}

export interface HealthSettings {
  /** Failures in a row that put a deployment on cool-down. */
  failuresBeforeCooldown: number;
  cooldownMs: number;
  /** Window for the error rate shown to admins. */
  windowMs: number;
}

const maximumOutcomes = 200;

/**
 * In-flight counts and recent outcomes per deployment (endpoint × model), kept by this instance: the
 * router picks the least busy healthy deployment, and a failing one cools down before it is tried again.
 */
export class DeploymentHealth {
  private readonly states = new Map<string, DeploymentState>();

  constructor(
    private readonly clock: Clock,
    private readonly settings: HealthSettings = {
      failuresBeforeCooldown: 3,
      cooldownMs: 30_000,
      windowMs: 5 * 60_000,
    },
  ) {}

  private state(key: string): DeploymentState {
    let state = this.states.get(key);
    if (state === undefined) {
      state = {
        inFlight: 0,
        outcomes: [],
        next: 0,
        consecutiveFailures: 0,
        coolingDownUntil: 0,
        lastError: null,
      };
      this.states.set(key, state);
    }
    return state;
  }

  inFlight(key: string): number {
    return this.states.get(key)?.inFlight ?? 0;
  }

  consecutiveFailures(key: string): number {
    return this.states.get(key)?.consecutiveFailures ?? 0;
  }

  isCoolingDown(key: string): boolean {
    const state = this.states.get(key);
    if (state === undefined || state.coolingDownUntil === 0) return false;
    if (state.coolingDownUntil > this.clock.now().getTime()) return true;
    // Cool-down over: on probation. One more failure cools it down again at once.
    state.coolingDownUntil = 0;
    state.consecutiveFailures = Math.min(state.consecutiveFailures, this.settings.failuresBeforeCooldown - 1);
    return false;
  }

  begin(key: string): void {
    this.state(key).inFlight += 1;
  }

  private finish(key: string, failed: boolean): DeploymentState {
    const state = this.state(key);
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.outcomes.push({ at: this.clock.now().getTime(), failed });
    if (state.outcomes.length > maximumOutcomes)
      state.outcomes.splice(0, state.outcomes.length - maximumOutcomes);
    return state;
  }

  succeed(key: string): void {
    const state = this.finish(key, false);
    state.consecutiveFailures = 0;
    state.coolingDownUntil = 0;
  }

  /** `retryAfterSeconds` from a 429 sets the cool-down directly: the server said when to come back. */
  fail(key: string, message: string, retryAfterSeconds: number | null = null): void {
    const state = this.finish(key, true);
    state.consecutiveFailures += 1;
    state.lastError = message;
    const now = this.clock.now().getTime();
    if (retryAfterSeconds !== null) {
      state.coolingDownUntil = now + retryAfterSeconds * 1000;
    } else if (state.consecutiveFailures >= this.settings.failuresBeforeCooldown) {
      state.coolingDownUntil = now + this.settings.cooldownMs;
    }
  }

  /** A call that ended for reasons that say nothing about the deployment (client went away). */
  release(key: string): void {
    const state = this.state(key);
    state.inFlight = Math.max(0, state.inFlight - 1);
  }

  snapshot(key: string): DeploymentHealthSnapshot {
    const state = this.states.get(key);
    if (state === undefined) {
      return {
        inFlight: 0,
        recentRequests: 0,
        recentErrorRate: 0,
        consecutiveFailures: 0,
        coolingDownUntil: null,
        lastError: null,
      };
    }
    const since = this.clock.now().getTime() - this.settings.windowMs;
    const recent = state.outcomes.filter((outcome) => outcome.at >= since);
    const failures = recent.filter((outcome) => outcome.failed).length;
    return {
      inFlight: state.inFlight,
      recentRequests: recent.length,
      recentErrorRate: recent.length === 0 ? 0 : failures / recent.length,
      consecutiveFailures: state.consecutiveFailures,
      coolingDownUntil:
        state.coolingDownUntil > this.clock.now().getTime() ? new Date(state.coolingDownUntil) : null,
      lastError: state.lastError,
    };
  }
}
