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
CREATE INDEX "usage_events_occurred" ON "usage_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "usage_events_user_day" ON "usage_events" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "usage_events_department_day" ON "usage_events" USING btree ("department_id","day");--> statement-breakpoint
CREATE INDEX "usage_monthly_subjects_department" ON "usage_monthly_subjects" USING btree ("department_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_reports_user_month" ON "usage_reports" USING btree ("user_id","month");--> statement-breakpoint
-- Reserves every hold of a call at once or none: locks the ledger rows in account order (no deadlocks between
-- concurrent calls), refuses when any hold would pass its limit, and records the reservation. Returns the
-- account that refused, or null.
CREATE OR REPLACE FUNCTION budget_reserve(reservation_id uuid, holds jsonb, heartbeat timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  hold record;
BEGIN
  INSERT INTO budget_ledger (account, period_start, period_end, limit_amount)
    SELECT h.account, h.period_start, h.period_end, h.limit_amount
    FROM jsonb_to_recordset(holds) AS h(account text, period_start date, period_end date, limit_amount bigint)
    ON CONFLICT (account, period_start) DO NOTHING;
  FOR hold IN
    SELECT l.account, l.spent, l.reserved, l.limit_amount, h.amount
    FROM budget_ledger l
    JOIN jsonb_to_recordset(holds) AS h(account text, period_start date, amount bigint)
      ON l.account = h.account AND l.period_start = h.period_start
    ORDER BY l.account
    FOR UPDATE OF l
  LOOP
    IF hold.spent + hold.reserved + hold.amount > hold.limit_amount THEN
      RETURN hold.account;
    END IF;
  END LOOP;
  UPDATE budget_ledger l SET reserved = l.reserved + h.amount
    FROM jsonb_to_recordset(holds) AS h(account text, period_start date, amount bigint)
    WHERE l.account = h.account AND l.period_start = h.period_start;
  INSERT INTO budget_reservations (id, holds, heartbeat_at)
    SELECT reservation_id, jsonb_agg(jsonb_build_object('account', h.account, 'periodStart', h.period_start, 'amount', h.amount)), heartbeat
    FROM jsonb_to_recordset(holds) AS h(account text, period_start date, amount bigint);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Settles a call: releases what its reservation held (unless a sweep already did) and adds the actual use.
-- Returns the accounts that crossed 80 % or 100 % of their limit with this call (each threshold once).
CREATE OR REPLACE FUNCTION budget_settle(reservation_id uuid, charges jsonb)
RETURNS TABLE (account text, period_start date, spent bigint, limit_amount bigint, threshold integer)
LANGUAGE plpgsql AS $$
DECLARE
  held jsonb;
  charge record;
  ledger budget_ledger%ROWTYPE;
  release bigint;
BEGIN
  IF reservation_id IS NOT NULL THEN
    DELETE FROM budget_reservations r WHERE r.id = reservation_id RETURNING r.holds INTO held;
  END IF;
  INSERT INTO budget_ledger (account, period_start, period_end, limit_amount)
    SELECT c.account, c.period_start, c.period_end, c.limit_amount
    FROM jsonb_to_recordset(charges) AS c(account text, period_start date, period_end date, limit_amount bigint)
    ON CONFLICT ON CONSTRAINT budget_ledger_account_period DO NOTHING;
  FOR charge IN
    SELECT c.account, c.period_start, c.amount
    FROM jsonb_to_recordset(charges) AS c(account text, period_start date, amount bigint)
    ORDER BY c.account
  LOOP
    SELECT * INTO ledger FROM budget_ledger l
      WHERE l.account = charge.account AND l.period_start = charge.period_start FOR UPDATE;
    release := 0;
    IF held IS NOT NULL THEN
      SELECT coalesce(sum((h ->> 'amount')::bigint), 0) INTO release
        FROM jsonb_array_elements(held) AS h
        WHERE h ->> 'account' = charge.account AND (h ->> 'periodStart')::date = charge.period_start;
    END IF;
    ledger.reserved := greatest(ledger.reserved - release, 0);
    ledger.spent := ledger.spent + charge.amount;
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
      SET reserved = ledger.reserved, spent = ledger.spent, alerted_80 = ledger.alerted_80, alerted_100 = ledger.alerted_100
      WHERE l.account = charge.account AND l.period_start = charge.period_start;
    IF threshold IS NOT NULL THEN
      account := charge.account;
      period_start := charge.period_start;
      spent := ledger.spent;
      limit_amount := ledger.limit_amount;
      RETURN NEXT;
    END IF;
  END LOOP;
  -- Holds on accounts that got no charge (the call failed before costing anything) are released too.
  IF held IS NOT NULL THEN
    UPDATE budget_ledger l SET reserved = greatest(l.reserved - (h ->> 'amount')::bigint, 0)
      FROM jsonb_array_elements(held) AS h
      WHERE l.account = h ->> 'account' AND l.period_start = (h ->> 'periodStart')::date
        AND NOT EXISTS (
          SELECT 1 FROM jsonb_to_recordset(charges) AS c(account text, period_start date)
          WHERE c.account = l.account AND c.period_start = l.period_start
        );
  END IF;
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
