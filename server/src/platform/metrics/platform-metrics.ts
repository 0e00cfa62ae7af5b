import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One deployment (endpoint × model) as the router sees it on this instance. */
export interface DeploymentGaugeSource {
  model: string;
  endpoint: string;
  inFlight: number;
  recentErrorRate: number;
  coolingDown: boolean;
}

/** What the scrape reads when it comes, rather than on every request. */
export interface MetricsSources {
  deployments(): Promise<DeploymentGaugeSource[]>;
  /** Knowledge documents per status (queued, processing, ready, failed). */
  documentsByStatus(): Promise<{ status: string; count: number }[]>;
}

/** The fields of a written usage event that the counters use. */
export interface CountedUsage {
  modelId: string;
  channel: string;
  status: string;
  promptTokens?: number | undefined;
  completionTokens?: number | undefined;
  costMicroWon: number;
}

let processRegistry: Registry | null = null;

/**
 * CPU, memory, event-loop lag, GC and handles of this process, collected once per process: each collection
 * installs observers of its own, which would pile up in a process that builds many platforms (the tests).
 */
function processMetrics(): Registry {
  if (processRegistry === null) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The platform's Prometheus metrics, served at /metrics: HTTP requests by route, model calls, tokens and
 * cost as recorded by the meter, the router's view of each deployment, the knowledge ingestion queue, and
 * the process's own figures. Labels are route patterns and model ids, never users or message content.
 */
export class PlatformMetrics {
  private readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly requestSeconds: Histogram<'method' | 'route'>;
  private readonly modelCalls: Counter<'model' | 'channel' | 'status'>;
  private readonly modelTokens: Counter<'model' | 'kind'>;
  private readonly modelCost: Counter<'model'>;
  private readonly deploymentGauges: {
    gauge: Gauge<'model' | 'endpoint'>;
    value: (deployment: DeploymentGaugeSource) => number;
  }[];
  private readonly documents: Gauge<'status'>;

  constructor(private readonly sources: MetricsSources) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'jumugwan_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'jumugwan_http_request_duration_seconds',
      help: 'Time to answer an HTTP request (to the last byte for streamed answers), by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    });
    this.modelCalls = new Counter({
      name: 'jumugwan_model_calls_total',
      help: 'Model calls recorded by the meter, by model, channel (chat, v1, knowledge…) and outcome.',
      labelNames: ['model', 'channel', 'status'],
      registers,
    });
    this.modelTokens = new Counter({
      name: 'jumugwan_model_tokens_total',
      help: 'Tokens recorded by the meter, by model and kind (prompt, completion).',
      labelNames: ['model', 'kind'],
      registers,
    });
    this.modelCost = new Counter({
      name: 'jumugwan_model_cost_won_total',
      help: 'Cost in KRW recorded by the meter, by model.',
      labelNames: ['model'],
      registers,
    });
    const deploymentGauge = (name: string, help: string) =>
      new Gauge({ name, help, labelNames: ['model', 'endpoint'], registers });
    this.deploymentGauges = [
      {
        gauge: deploymentGauge(
          'jumugwan_deployment_in_flight',
          'Calls in progress on each deployment (endpoint × model), on this instance.',
        ),
        value: (deployment) => deployment.inFlight,
      },
      {
        gauge: deploymentGauge(
          'jumugwan_deployment_recent_error_rate',
          'Share of failed calls among the recent ones on each deployment, on this instance (0–1).',
        ),
        value: (deployment) => deployment.recentErrorRate,
      },
      {
        gauge: deploymentGauge(
          'jumugwan_deployment_cooling_down',
          '1 while a failing deployment is left out of routing, else 0.',
        ),
        value: (deployment) => (deployment.coolingDown ? 1 : 0),
      },
    ];
    this.documents = new Gauge({
      name: 'jumugwan_knowledge_documents',
      help: 'Knowledge documents by ingestion status (queued, processing, ready, failed).',
      labelNames: ['status'],
      registers,
    });
  }

  /** One answered request; `route` is the route's pattern (never the raw URL, which holds ids). */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(statusCode) });
    this.requestSeconds.observe({ method, route }, seconds);
  }

  /** Usage events, once they are written. */
  countUsage(events: readonly CountedUsage[]): void {
    for (const event of events) {
      this.modelCalls.inc({ model: event.modelId, channel: event.channel, status: event.status });
      const { promptTokens = 0, completionTokens = 0 } = event;
      if (promptTokens > 0) this.modelTokens.inc({ model: event.modelId, kind: 'prompt' }, promptTokens);
      if (completionTokens > 0)
        this.modelTokens.inc({ model: event.modelId, kind: 'completion' }, completionTokens);
      if (event.costMicroWon > 0)
        this.modelCost.inc({ model: event.modelId }, event.costMicroWon / 1_000_000);
    }
  }

  /**
   * The text exposition format, this process's figures first. The gauges are read from their sources here,
   * once per scrape: the deployments' figures all come from one look at the router.
   */
  async render(): Promise<{ contentType: string; body: string }> {
    const [deployments, documents] = await Promise.all([
      this.sources.deployments(),
      this.sources.documentsByStatus(),
    ]);
    for (const { gauge, value } of this.deploymentGauges) {
      gauge.reset();
      for (const deployment of deployments)
        gauge.set({ model: deployment.model, endpoint: deployment.endpoint }, value(deployment));
    }
    this.documents.reset();
    for (const { status, count } of documents) this.documents.set({ status }, count);
    const [process, platform] = await Promise.all([processMetrics().metrics(), this.registry.metrics()]);
    return { contentType: this.registry.contentType, body: `${process}\n${platform}` };
  }
}
