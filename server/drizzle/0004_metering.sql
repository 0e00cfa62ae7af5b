CREATE TABLE "budget_ledger" (
	"account" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"limit_amount" bigint NOT NULL,
	"spent" bigint DEFAULT 0 NOT NULL,
	"reserved" bigint DEFAULT 0 NOT NULL,
	"alerted_80" boolean DEFAULT false NOT NULL,
	"alerted_100" boolean DEFAULT false NOT NULL,
	CONSTRAINT "budget_ledger_account_period" UNIQUE("account","period_start")
);
--> statement-breakpoint
CREATE TABLE "budget_reservations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"holds" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scope" text NOT NULL,
	"department_id" uuid,
	"user_id" uuid,
	"api_key_id" uuid,
	"unit" text NOT NULL,
	"amount" bigint NOT NULL,
	"period" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"input_per_million_tokens" numeric(16, 4) NOT NULL,
	"output_per_million_tokens" numeric(16, 4) NOT NULL,
	"cached_per_million_tokens" numeric(16, 4),
	"per_thousand_characters" numeric(16, 4) NOT NULL,
	"per_image" numeric(16, 4) NOT NULL,
	"per_request" numeric(16, 4) NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subscription_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscription_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"term_months" integer NOT NULL,
	"fee_per_term" numeric(16, 4) NOT NULL,
	"models" jsonb NOT NULL,
	"soft_cap_won" bigint,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_daily" (
	"day" date NOT NULL,
	"department_id" uuid,
	"api_key_id" uuid,
	"model_id" text NOT NULL,
	"purpose" text NOT NULL,
	"billing" text NOT NULL,
	"calls" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_tokens" bigint DEFAULT 0 NOT NULL,
	"characters" bigint DEFAULT 0 NOT NULL,
	"images" bigint DEFAULT 0 NOT NULL,
	"cost_micro_won" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_key" UNIQUE NULLS NOT DISTINCT("day","department_id","api_key_id","model_id","purpose","billing")
);
--> statement-breakpoint
CREATE TABLE "usage_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"user_id" uuid,
	"department_id" uuid,
	"api_key_id" uuid,
	"assistant_id" text,
	"template_id" text,
	"channel" text NOT NULL,
	"capability" text NOT NULL,
	"requested_model" text NOT NULL,
	"model_id" text NOT NULL,
	"endpoint_id" uuid,
	"provider" text,
	"location" text,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_tokens" bigint DEFAULT 0 NOT NULL,
	"characters" bigint DEFAULT 0 NOT NULL,
	"images" bigint DEFAULT 0 NOT NULL,
	"requests" bigint DEFAULT 0 NOT NULL,
	"latency_ms" integer NOT NULL,
	"status" text NOT NULL,
	"error_code" text,
	"purpose" text NOT NULL,
	"billing" text NOT NULL,
	"price_id" uuid,
	"cost_micro_won" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_monthly_subjects" (
	"month" date NOT NULL,
	"user_id" uuid,
	"api_key_id" uuid,
	"department_id" uuid,
	"model_id" text NOT NULL,
	"purpose" text NOT NULL,
	"calls" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_tokens" bigint DEFAULT 0 NOT NULL,
	"characters" bigint DEFAULT 0 NOT NULL,
	"images" bigint DEFAULT 0 NOT NULL,
	"cost_micro_won" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_monthly_subjects_key" UNIQUE NULLS NOT DISTINCT("month","user_id","api_key_id","department_id","model_id","purpose")
);
--> statement-breakpoint
CREATE TABLE "usage_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"month" date NOT NULL,
	"calls" integer NOT NULL,
	"cost_micro_won" bigint NOT NULL,
	"top_purposes" jsonb NOT NULL,
	"case_description" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_prices" ADD CONSTRAINT "model_prices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_assignments" ADD CONSTRAINT "subscription_assignments_plan_id_subscription_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."subscription_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_assignments" ADD CONSTRAINT "subscription_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_assignments" ADD CONSTRAINT "subscription_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_plans" ADD CONSTRAINT "subscription_plans_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_reports" ADD CONSTRAINT "usage_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_reservations_heartbeat" ON "budget_reservations" USING btree ("heartbeat_at");--> statement-breakpoint
CREATE UNIQUE INDEX "model_prices_model_effective" ON "model_prices" USING btree ("model_id","effective_from");--> statement-breakpoint
CREATE INDEX "notifications_user_created" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "subscription_assignments_user" ON "subscription_assignments" USING btree ("user_id","ends_on");--> statement-breakpoint
CREATE INDEX "usage_events_user_day" ON "usage_events" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "usage_monthly_subjects_department" ON "usage_monthly_subjects" USING btree ("department_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_reports_user_month" ON "usage_reports" USING btree ("user_id","month");--> statement-breakpoint
-- An instance claims part of a budget (a lease) and reserves calls against it in memory. A claim succeeds only
-- when spent + reserved + amount stays within the limit, so the leases of all instances together never pass it.
-- The lease is recorded with a heartbeat its instance refreshes; a crashed instance's leases are released.
CREATE OR REPLACE FUNCTION budget_claim(
  lease_id uuid, claim_account text, claim_period_start date, claim_period_end date, claim_limit bigint,
  claim_amount bigint, heartbeat timestamptz
) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  ledger budget_ledger%ROWTYPE;
BEGIN
  INSERT INTO budget_ledger (account, period_start, period_end, limit_amount)
    VALUES (claim_account, claim_period_start, claim_period_end, claim_limit)
    ON CONFLICT ON CONSTRAINT budget_ledger_account_period DO NOTHING;
  SELECT * INTO ledger FROM budget_ledger l
    WHERE l.account = claim_account AND l.period_start = claim_period_start FOR UPDATE;
  IF ledger.spent + ledger.reserved + claim_amount > ledger.limit_amount THEN
    RETURN false;
  END IF;
  UPDATE budget_ledger l SET reserved = l.reserved + claim_amount
    WHERE l.account = claim_account AND l.period_start = claim_period_start;
  INSERT INTO budget_reservations AS r (id, holds, heartbeat_at)
    VALUES (lease_id, jsonb_build_array(jsonb_build_object(
      'account', claim_account, 'periodStart', claim_period_start, 'amount', claim_amount)), heartbeat)
    ON CONFLICT (id) DO UPDATE SET
      holds = jsonb_build_array(jsonb_build_object('account', claim_account, 'periodStart', claim_period_start,
        'amount', (r.holds -> 0 ->> 'amount')::bigint + claim_amount)),
      heartbeat_at = heartbeat;
  RETURN true;
END $$;
--> statement-breakpoint
-- Moves what calls used from a lease to `spent` and gives back what the lease no longer needs (`released`).
-- Without a lease (a subscription's soft cap) it only adds to `spent`. Returns the threshold (80 or 100) this
-- charge crossed, each at most once per period, with the new total and the limit.
CREATE OR REPLACE FUNCTION budget_charge(
  lease_id uuid, charge_account text, charge_period_start date, charge_period_end date, charge_limit bigint,
  consumed bigint, released bigint
) RETURNS TABLE (threshold integer, spent bigint, limit_amount bigint)
LANGUAGE plpgsql AS $$
DECLARE
  ledger budget_ledger%ROWTYPE;
BEGIN
  INSERT INTO budget_ledger (account, period_start, period_end, limit_amount)
    VALUES (charge_account, charge_period_start, charge_period_end, charge_limit)
    ON CONFLICT ON CONSTRAINT budget_ledger_account_period DO NOTHING;
  SELECT * INTO ledger FROM budget_ledger l
    WHERE l.account = charge_account AND l.period_start = charge_period_start FOR UPDATE;
  ledger.reserved := greatest(ledger.reserved - released, 0);
  ledger.spent := ledger.spent + consumed;
  threshold := NULL;
  IF ledger.spent >= ledger.limit_amount AND NOT ledger.alerted_100 THEN
    ledger.alerted_100 := true;
    ledger.alerted_80 := true;
    threshold := 100;
  ELSIF ledger.spent * 5 >= ledger.limit_amount * 4 AND NOT ledger.alerted_80 THEN
    ledger.alerted_80 := true;
    threshold := 80;
  END IF;
  UPDATE budget_ledger l
    SET reserved = ledger.reserved, spent = ledger.spent, alerted_80 = ledger.alerted_80,
      alerted_100 = ledger.alerted_100
    WHERE l.account = charge_account AND l.period_start = charge_period_start;
  IF lease_id IS NOT NULL AND released > 0 THEN
    UPDATE budget_reservations r
      SET holds = jsonb_build_array(jsonb_build_object('account', charge_account,
        'periodStart', charge_period_start, 'amount', greatest((r.holds -> 0 ->> 'amount')::bigint - released, 0)))
      WHERE r.id = lease_id;
    DELETE FROM budget_reservations r WHERE r.id = lease_id AND (r.holds -> 0 ->> 'amount')::bigint <= 0;
  END IF;
  spent := ledger.spent;
  limit_amount := ledger.limit_amount;
  RETURN NEXT;
END $$;
--> statement-breakpoint
-- Releases reservations whose instance stopped refreshing them (it crashed or was killed). Returns how many.
CREATE OR REPLACE FUNCTION budget_release_stale(cutoff timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  stale record;
  released integer := 0;
BEGIN
  FOR stale IN
    DELETE FROM budget_reservations r WHERE r.heartbeat_at < cutoff RETURNING r.holds
  LOOP
    UPDATE budget_ledger l SET reserved = greatest(l.reserved - (h ->> 'amount')::bigint, 0)
      FROM jsonb_array_elements(stale.holds) AS h
      WHERE l.account = h ->> 'account' AND l.period_start = (h ->> 'periodStart')::date;
    released := released + 1;
  END LOOP;
  RETURN released;
END $$;
