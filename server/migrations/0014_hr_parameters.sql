-- Rapport hub, schema version 14: the HR rules' numbers from one source.
--
-- Until now the instruments' numbers were written into the PL/pgSQL (the Wellbeing Index 0-100 with brackets at 29
-- and 51 and a trend of +-10, the alliance 1-7 with its three dimensions of items 1-2, 3-4 and 5, k at least 5, a
-- recent window of 90 days, low participation under 30 %): a change to an instrument or a rule had to be made in
-- C++ and here by hand. Now they live in rapport.hr_parameters, written by `hub init` from the same values the
-- local store's SQL binds (core/analytics/HrParameters: HrInstrumentParameters::of(definition), hrRuleParameters()),
-- and the functions below read them. tests/core/hub/TestHrConformance.cpp runs one table of cases through the C++
-- rules, the local store and this function, with the built-in instruments and with changed ones, and demands
-- identical figures.
--
-- Rows: 'rules' {minimumGroupSize, recentDays, lowParticipationRate}; 'wellbeing' and 'alliance' {instrument,
-- scoreMin, scoreMax, decimals, bracketMins (lowest first), improvingFrom, decliningFrom, scaleMin, scaleMax,
-- reversedItems, rule ('sum' | 'mean'), multiplier, dimensions [{id, items (zero-based)}]}. Without an 'alliance'
-- row the alliance figures stay empty, as locally without the instrument.

CREATE TABLE rapport.hr_parameters (
    purpose     text PRIMARY KEY CHECK (purpose IN ('rules', 'wellbeing', 'alliance')),
    parameters  jsonb NOT NULL CHECK (jsonb_typeof(parameters) = 'object')
);
ALTER TABLE rapport.hr_parameters ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_parameters FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.hr_parameters USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));

-- The parameters of `which`; an error that says what to do when `hub init` has not written them.
CREATE FUNCTION rapport.hr_parameters_of(which text, required boolean) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    found jsonb;
BEGIN
    SELECT p.parameters INTO found FROM rapport.hr_parameters p WHERE p.purpose = which;
    IF found IS NULL AND required THEN
        RAISE EXCEPTION 'The hub has no HR parameters for "%": run "rapport-cli hub init" as the hub owner.', which
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN found;
END
$$;

-- A JSON array of numbers as an array, in its order.
CREATE FUNCTION rapport.hr_numbers(value jsonb) RETURNS double precision[]
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(e.value::double precision ORDER BY e.position), ARRAY[]::double precision[])
    FROM jsonb_array_elements_text(coalesce(value, '[]'::jsonb)) WITH ORDINALITY AS e(value, position)
$$;

-- rapport.hr_suppress with the instrument's scale (schema 3's wrote the Wellbeing Index's 0-100 into it).
CREATE FUNCTION rapport.hr_suppress_groups(people bigint[], sums double precision[], means boolean,
                                           always_people bigint, always_sum double precision, k integer,
                                           scale_min double precision, scale_max double precision, decimals integer)
    RETURNS boolean[]
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer := coalesce(array_length(people, 1), 0);
    hidden boolean[] := ARRAY[]::boolean[];
    hidden_people bigint;
    hidden_sum double precision;
    any_hidden boolean;
    needs_cover boolean;
    next_group integer;
BEGIN
    FOR i IN 1 .. n LOOP
        hidden := hidden || (people[i] < k OR (means AND people[i] > 0
                                               AND rapport.hr_reveals(sums[i] / people[i], scale_min, scale_max,
                                                                      decimals)));
    END LOOP;
    LOOP
        hidden_people := always_people;
        hidden_sum := always_sum;
        any_hidden := always_people > 0;
        FOR i IN 1 .. n LOOP
            IF hidden[i] THEN
                hidden_people := hidden_people + people[i];
                hidden_sum := hidden_sum + sums[i];
                any_hidden := any_hidden OR NOT means OR people[i] > 0;
            END IF;
        END LOOP;
        needs_cover := any_hidden AND (hidden_people < k OR (means AND hidden_people > 0
                                       AND rapport.hr_reveals(hidden_sum / hidden_people, scale_min, scale_max,
                                                              decimals)));
        EXIT WHEN NOT needs_cover;
        next_group := NULL;
        FOR i IN 1 .. n LOOP
            IF NOT hidden[i] AND (next_group IS NULL OR people[i] < people[next_group]) THEN
                next_group := i;
            END IF;
        END LOOP;
        EXIT WHEN next_group IS NULL;
        hidden[next_group] := true;
    END LOOP;
    RETURN hidden;
END
$$;

-- The latest survey of `instrument` in [month_start, month_end) of every current connection of a client: the last
-- by time, of equal times the greatest id (as HrAggregatesRepository::periodAlliance).
CREATE FUNCTION rapport.hr_period_surveys(instrument text, month_start bigint, month_end bigint)
    RETURNS TABLE (client uuid, score double precision, answers text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT DISTINCT ON (s.person_id, s.professional_id) s.person_id, s.score, s.answers
    FROM rapport.submissions s
    JOIN rapport.connections c ON c.client_id = s.person_id AND c.professional_id = s.professional_id
    JOIN rapport.people p ON p.id = s.person_id AND p.role = 'client'
    WHERE s.instrument_id = instrument AND s.submitted_at >= month_start AND s.submitted_at < month_end
    ORDER BY s.person_id, s.professional_id, s.submitted_at DESC, s.id DESC
$$;

-- A survey's dimension scores from its stored answers, as scoreAnswers(): NULL when the answers do not fit the
-- instrument (an older version, a different number of items, an answer off the scale).
CREATE FUNCTION rapport.hr_dimension_scores(answers text, instrument jsonb) RETURNS double precision[]
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    items integer := jsonb_array_length(instrument -> 'reversedItems');
    scale_min integer := (instrument ->> 'scaleMin')::integer;
    scale_max integer := (instrument ->> 'scaleMax')::integer;
    by_sum boolean := instrument ->> 'rule' = 'sum';
    multiplier double precision := (instrument ->> 'multiplier')::double precision;
    decimals integer := (instrument ->> 'decimals')::integer;
    v integer[];
    dimension jsonb;
    item integer;
    total double precision;
    counted integer;
    mean double precision;
    scores double precision[] := ARRAY[]::double precision[];
BEGIN
    IF answers IS NULL OR answers !~ '^-?[0-9]{1,9}(,-?[0-9]{1,9})*$' THEN
        RETURN NULL;
    END IF;
    v := string_to_array(answers, ',')::integer[];
    IF coalesce(array_length(v, 1), 0) <> items
       OR EXISTS (SELECT 1 FROM unnest(v) AS a WHERE a NOT BETWEEN scale_min AND scale_max) THEN
        RETURN NULL;
    END IF;
    FOR dimension IN SELECT d.value FROM jsonb_array_elements(instrument -> 'dimensions') WITH ORDINALITY AS d(value, n)
                     ORDER BY d.n
    LOOP
        total := 0;
        counted := 0;
        FOR item IN SELECT e.value::integer FROM jsonb_array_elements_text(dimension -> 'items') AS e(value) LOOP
            total := total + CASE WHEN (instrument -> 'reversedItems' ->> item)::boolean
                                  THEN scale_min + scale_max - v[item + 1] ELSE v[item + 1] END;
            counted := counted + 1;
        END LOOP;
        IF counted = 0 THEN
            scores := scores || 0::double precision; -- no item: nothing to add (scoreAnswers leaves it out)
        ELSE
            mean := total / counted;
            scores := scores || rapport.hr_round(CASE WHEN by_sum THEN mean * items ELSE mean END * multiplier,
                                                 decimals);
        END IF;
    END LOOP;
    RETURN scores;
END
$$;

-- One month's figures, [month_start, month_end) in milliseconds (UTC), with every rule applied, as JSON: the port
-- of HrPublication::periodReport() + periodToJson(), with every number from rapport.hr_parameters.
CREATE OR REPLACE FUNCTION rapport.hr_period_figures(month_start bigint, month_end bigint, k integer) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rules jsonb := rapport.hr_parameters_of('rules', true);
    w jsonb := rapport.hr_parameters_of('wellbeing', true);
    a jsonb := rapport.hr_parameters_of('alliance', false);
    w_id text := w ->> 'instrument';
    w_min double precision := (w ->> 'scoreMin')::double precision;
    w_max double precision := (w ->> 'scoreMax')::double precision;
    w_decimals integer := (w ->> 'decimals')::integer;
    bracket_mins double precision[] := rapport.hr_numbers(w -> 'bracketMins');
    bracket_count integer := coalesce(array_length(rapport.hr_numbers(w -> 'bracketMins'), 1), 0);
    improving_from double precision := (w ->> 'improvingFrom')::double precision;
    declining_from double precision := (w ->> 'decliningFrom')::double precision;
    recent_days bigint := (rules ->> 'recentDays')::bigint;
    low_rate double precision := (rules ->> 'lowParticipationRate')::double precision;
    employees bigint := 0;
    org_people bigint := 0;
    org_sum double precision := 0;
    recent bigint := 0;
    bracket_people bigint[];
    unbracketed bigint := 0;
    improving bigint := 0;
    stable bigint := 0;
    declining bigint := 0;
    team_names text[];
    team_people bigint[];
    team_sums double precision[];
    untagged_people bigint := 0;
    untagged_sum double precision := 0;
    g record;
    hidden boolean[];
    distribution jsonb := '[]'::jsonb;
    trend_people bigint;
    trends jsonb := jsonb_build_object('n', NULL, 'improving', NULL, 'stable', NULL, 'declining', NULL);
    teams jsonb := '[]'::jsonb;
    team_mean double precision;
    wellbeing_mean double precision;
    alliance jsonb := jsonb_build_object('n', NULL, 'mean', NULL, 'dimensions', NULL);
    al_connections bigint;
    al_clients bigint;
    al_sum double precision;
    al_mean double precision;
    scored bigint := 0;
    unscorable bigint := 0;
    scores double precision[];
    dimension_count integer;
    dim_sums double precision[];
    dims_revealing boolean := false;
    dims jsonb := '{}'::jsonb;
    rate double precision;
BEGIN
    bracket_people := array_fill(0::bigint, ARRAY[bracket_count]);
    SELECT count(*) INTO employees FROM rapport.people p WHERE p.role = 'client';
    SELECT coalesce(array_agg(t.team ORDER BY lower(t.team) COLLATE "C", t.team COLLATE "C"), ARRAY[]::text[])
    INTO team_names
    FROM (SELECT DISTINCT p.team FROM rapport.people p
          WHERE p.role = 'client' AND coalesce(p.team, '') <> '') AS t;
    team_people := array_fill(0::bigint, ARRAY[coalesce(array_length(team_names, 1), 0)]);
    team_sums := array_fill(0::double precision, ARRAY[coalesce(array_length(team_names, 1), 0)]);

    -- HrAggregatesRepository::periodGroups: the clients who answered in the month, by team, the bracket of their
    -- own mean in the month (the last whose minimum is at most the mean) and the direction of their trend over
    -- everything before the month's end.
    FOR g IN
        SELECT coalesce(p.team, '') AS team,
               (SELECT count(*) FROM unnest(bracket_mins) AS b(min) WHERE x.mean >= b.min)::integer - 1 AS bracket,
               CASE WHEN x.n < 2 THEN 0
                    WHEN x.change >= improving_from THEN 1
                    WHEN x.change <= declining_from THEN 3
                    ELSE 2 END AS direction,
               count(*) AS people, sum(x.mean) AS mean_sum
        FROM (
            SELECT t.person, t.n, t.period_sum / t.period_n AS mean,
                   CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
            FROM (
                SELECT d.person, count(*) AS n,
                       count(*) FILTER (WHERE d.at >= month_start) AS period_n,
                       coalesce(sum(d.y) FILTER (WHERE d.at >= month_start), 0) AS period_sum,
                       (max(d.at) - min(d.at)) / 86400000.0::double precision AS span,
                       sum(d.x * d.x) - sum(d.x) * sum(d.x) / count(*) AS sxx,
                       sum(d.x * d.y) - sum(d.x) * sum(d.y) / count(*) AS sxy
                FROM (SELECT s.person_id AS person, s.submitted_at AS at, s.score AS y,
                             (s.submitted_at - month_start) / 86400000.0::double precision AS x
                      FROM rapport.submissions s
                      WHERE s.instrument_id = w_id AND s.submitted_at < month_end) AS d
                GROUP BY d.person
                HAVING count(*) FILTER (WHERE d.at >= month_start) > 0
            ) AS t
        ) AS x
        JOIN rapport.people p ON p.id = x.person AND p.role = 'client'
        GROUP BY 1, 2, 3
    LOOP
        org_people := org_people + g.people;
        org_sum := org_sum + g.mean_sum;
        IF g.bracket >= 0 THEN
            bracket_people[g.bracket + 1] := bracket_people[g.bracket + 1] + g.people;
        ELSE
            unbracketed := unbracketed + g.people;
        END IF;
        CASE g.direction
            WHEN 1 THEN improving := improving + g.people;
            WHEN 2 THEN stable := stable + g.people;
            WHEN 3 THEN declining := declining + g.people;
            ELSE NULL;
        END CASE;
        IF g.team = '' THEN
            untagged_people := untagged_people + g.people;
            untagged_sum := untagged_sum + g.mean_sum;
        ELSE
            FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
                IF team_names[i] = g.team THEN
                    team_people[i] := team_people[i] + g.people;
                    team_sums[i] := team_sums[i] + g.mean_sum;
                END IF;
            END LOOP;
        END IF;
    END LOOP;

    IF org_people < k THEN
        -- The organisation gate: nothing about the organisation in this month, not even its teams.
        RETURN jsonb_build_object(
            'k', k, 'suppressed', true, 'employees', NULL, 'participants', NULL, 'participationRate', NULL,
            'lowParticipation', true, 'recentParticipants', NULL, 'wellbeingMean', NULL,
            'distribution', coalesce((SELECT jsonb_agg(NULL::integer) FROM generate_series(1, bracket_count)),
                                     '[]'::jsonb),
            'trends', trends, 'teams', '[]'::jsonb, 'alliance', alliance, 'month', NULL);
    END IF;

    -- Participants in the recent window up to the month's end: who took part, not what they answered.
    SELECT count(*) INTO recent
    FROM (SELECT DISTINCT s.person_id FROM rapport.submissions s
          WHERE s.instrument_id = w_id AND s.submitted_at >= month_end - recent_days * 86400000
            AND s.submitted_at < month_end) AS r
    JOIN rapport.people p ON p.id = r.person_id AND p.role = 'client';

    rate := CASE WHEN employees > 0 THEN org_people::double precision / employees ELSE 0.0 END;
    wellbeing_mean := rapport.hr_shown_mean(org_people, org_sum, k, w_min, w_max, w_decimals);

    hidden := rapport.hr_suppress_groups(bracket_people, array_fill(0::double precision, ARRAY[bracket_count]), false,
                                         unbracketed, 0, k, w_min, w_max, w_decimals);
    FOR i IN 1 .. bracket_count LOOP
        distribution := distribution || jsonb_build_array(CASE WHEN NOT hidden[i] THEN bracket_people[i] END);
    END LOOP;

    trend_people := improving + stable + declining;
    IF trend_people >= k THEN
        hidden := rapport.hr_suppress_groups(ARRAY[improving, stable, declining],
                                             ARRAY[0, 0, 0]::double precision[], false, 0, 0, k,
                                             w_min, w_max, w_decimals);
        trends := jsonb_build_object('n', trend_people,
                                     'improving', CASE WHEN NOT hidden[1] THEN improving END,
                                     'stable', CASE WHEN NOT hidden[2] THEN stable END,
                                     'declining', CASE WHEN NOT hidden[3] THEN declining END);
    END IF;

    hidden := rapport.hr_suppress_groups(team_people, team_sums, true, untagged_people, untagged_sum, k,
                                         w_min, w_max, w_decimals);
    FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
        team_mean := CASE WHEN hidden[i] THEN NULL
                          ELSE rapport.hr_shown_mean(team_people[i], team_sums[i], k, w_min, w_max, w_decimals) END;
        teams := teams || jsonb_build_array(jsonb_build_object(
            'team', team_names[i], 'n', CASE WHEN team_mean IS NOT NULL THEN team_people[i] END, 'mean', team_mean));
    END LOOP;

    -- Alliance: the latest survey in the month of every current connection of a client.
    IF a IS NOT NULL THEN
        SELECT count(*), count(DISTINCT l.client), coalesce(sum(l.score), 0)
        INTO al_connections, al_clients, al_sum
        FROM rapport.hr_period_surveys(a ->> 'instrument', month_start, month_end) l;
        IF al_clients >= k AND al_connections > 0 THEN
            al_mean := rapport.hr_shown_mean(al_connections, al_sum, k, (a ->> 'scoreMin')::double precision,
                                             (a ->> 'scoreMax')::double precision, (a ->> 'decimals')::integer);
            alliance := jsonb_build_object('n', al_clients, 'mean', al_mean, 'dimensions', NULL);
            dimension_count := jsonb_array_length(a -> 'dimensions');
            dim_sums := array_fill(0::double precision, ARRAY[dimension_count]);
            IF al_mean IS NOT NULL THEN
                -- Each distinct answer set scored once, in the order the local store reads them.
                FOR g IN SELECT l.answers, count(*) AS connections
                         FROM rapport.hr_period_surveys(a ->> 'instrument', month_start, month_end) l
                         GROUP BY l.answers ORDER BY l.answers COLLATE "C"
                LOOP
                    scores := rapport.hr_dimension_scores(g.answers, a);
                    IF scores IS NULL THEN
                        unscorable := unscorable + g.connections;
                    ELSE
                        scored := scored + g.connections;
                        FOR i IN 1 .. dimension_count LOOP
                            dim_sums[i] := dim_sums[i] + scores[i] * g.connections;
                        END LOOP;
                    END IF;
                END LOOP;
                IF scored > 0 AND al_clients - unscorable >= k AND dimension_count > 0 THEN
                    FOR i IN 1 .. dimension_count LOOP
                        IF rapport.hr_reveals(dim_sums[i] / scored, (a ->> 'scoreMin')::double precision,
                                              (a ->> 'scoreMax')::double precision, (a ->> 'decimals')::integer) THEN
                            dims_revealing := true;
                        END IF;
                        dims := dims || jsonb_build_object(a -> 'dimensions' -> (i - 1) ->> 'id',
                                                           rapport.hr_round(dim_sums[i] / scored,
                                                                            (a ->> 'decimals')::integer + 1));
                    END LOOP;
                    IF NOT dims_revealing THEN
                        alliance := alliance || jsonb_build_object('dimensions', dims);
                    END IF;
                END IF;
            END IF;
        END IF;
    END IF;
    RETURN jsonb_build_object(
        'k', k, 'suppressed', false, 'employees', employees, 'participants', org_people,
        'participationRate', rate, 'lowParticipation', rate < low_rate,
        'recentParticipants', CASE WHEN recent >= k THEN recent END,
        'wellbeingMean', wellbeing_mean, 'distribution', distribution, 'trends', trends, 'teams', teams,
        'alliance', alliance,
        'month', CASE WHEN wellbeing_mean IS NOT NULL
                      THEN jsonb_build_object('n', org_people, 'mean', wellbeing_mean) END);
END
$$;

-- The report HR may see, as in schema 11 with its numbers from rapport.hr_parameters: publishes every month closed
-- since the last call (from its own answers), then returns every published month.
CREATE OR REPLACE FUNCTION rapport.hr_report() RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM statement_timestamp()) * 1000)::bigint;
    open_month date := date_trunc('month', statement_timestamp() AT TIME ZONE 'UTC')::date;
    wellbeing_id text := rapport.hr_parameters_of('wellbeing', true) ->> 'instrument';
    k_floor integer := (rapport.hr_parameters_of('rules', true) ->> 'minimumGroupSize')::integer;
    k integer;
    setting text;
    setting_value double precision;
    next_month date;
    latest text;
    first_month text;
    month_start bigint;
    month_end bigint;
    latest_gated boolean;
BEGIN
    -- k: HrAnalytics::minimumGroupSizeFrom (not a number or at most the floor gives the floor; a fraction is
    -- rounded up).
    k := k_floor;
    SELECT s.value INTO setting FROM rapport.hub_settings s WHERE s.key = 'hr.minimumGroupSize';
    IF setting IS NOT NULL AND btrim(setting) ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN
        setting_value := btrim(setting)::double precision;
        IF setting_value > k_floor THEN
            k := least(ceil(setting_value), 2147483647)::integer;
        END IF;
    END IF;

    -- Only forward from the last published month: a month is published once, never one before the first.
    SELECT max(hs.month) INTO latest FROM rapport.hr_snapshots hs;
    IF latest IS NOT NULL THEN
        next_month := (to_date(latest || '-01', 'YYYY-MM-DD') + interval '1 month')::date;
    ELSE
        SELECT min(hm.month) INTO first_month
        FROM rapport.hr_months hm WHERE hm.instrument_id = wellbeing_id AND hm.people > 0;
        IF first_month IS NOT NULL THEN
            next_month := to_date(first_month || '-01', 'YYYY-MM-DD');
        END IF;
    END IF;
    WHILE next_month IS NOT NULL AND next_month < open_month LOOP
        month_start := (extract(epoch FROM next_month::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
        month_end := (extract(epoch FROM (next_month + interval '1 month')::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
        -- Another HR login publishing the same month at the same time: the first one's figures stand.
        INSERT INTO rapport.hr_snapshots (month, published_at, figures)
        VALUES (to_char(next_month, 'YYYY-MM'), now_ms, rapport.hr_period_figures(month_start, month_end, k))
        ON CONFLICT (month) DO NOTHING;
        next_month := (next_month + interval '1 month')::date;
    END LOOP;

    -- Below the organisation gate in the latest month nothing about the organisation is told, not even since when
    -- it has answers: only that month's (empty) figures.
    SELECT (hs.figures ->> 'suppressed')::boolean INTO latest_gated
    FROM rapport.hr_snapshots hs ORDER BY hs.month DESC LIMIT 1;
    RETURN jsonb_build_object(
        'k', k, 'now', now_ms,
        'snapshots', coalesce((SELECT jsonb_agg(jsonb_build_object('month', l.month, 'publishedAt', l.published_at,
                                                                   'figures', l.figures) ORDER BY l.month)
                               FROM (SELECT hs.* FROM rapport.hr_snapshots hs
                                     ORDER BY hs.month DESC
                                     LIMIT CASE WHEN coalesce(latest_gated, false) THEN 1 END) AS l), '[]'::jsonb));
END
$$;

-- Schema 11's helper, replaced by hr_period_surveys (the instrument is a parameter now).
DROP FUNCTION rapport.hr_period_alliance(bigint, bigint);

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
