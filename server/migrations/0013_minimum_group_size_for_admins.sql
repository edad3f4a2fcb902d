-- Rapport hub, schema version 13: the organisation's minimum group size k from the admin console.
--
-- k lives in rapport.hub_settings, which only the owner may touch. An admin login may now read it and set it
-- through these two functions, and only to a whole number of at least 5 (the floor of every HR rule; at most 1000).
-- A new k applies from the next published month: published months keep the k they were published with (rule 10).

CREATE FUNCTION rapport.minimum_group_size() RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    setting text;
    setting_value double precision;
BEGIN
    -- As hr_report() reads it: not a number or at most 5 gives 5; a fraction is rounded up.
    SELECT s.value INTO setting FROM rapport.hub_settings s WHERE s.key = 'hr.minimumGroupSize';
    IF setting IS NOT NULL AND btrim(setting) ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN
        setting_value := btrim(setting)::double precision;
        IF setting_value > 5 THEN
            RETURN least(ceil(setting_value), 2147483647)::integer;
        END IF;
    END IF;
    RETURN 5;
END
$$;

CREATE FUNCTION rapport.set_minimum_group_size(k integer) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    IF k IS NULL OR k < 5 OR k > 1000 THEN
        RAISE EXCEPTION 'the minimum group size is a whole number from 5 to 1000, not %', k
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO rapport.hub_settings (key, value, created_at, updated_at)
    VALUES ('hr.minimumGroupSize', k::text, now_ms, now_ms)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at;
    RETURN k;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.minimum_group_size(), rapport.set_minimum_group_size(integer) TO rapport_admin;
