namespace AdrDesk.Infrastructure.Data.Migrations.Postgres;

/// <summary>
/// What EF Core cannot express on PostgreSQL, applied by <see cref="MpgPostgresBaseline"/> (the SQLite migrations hold
/// the SQLite counterparts; docs/architecture.md "Database providers").
/// </summary>
internal static class PostgresSql
{
    /// <summary>
    /// adr_fold, the search's fold (<see cref="SqlFunctions.Fold"/>): lower case without diacritics. NFD, then the combining
    /// marks dropped, then ICU's lower case (whatever the database's own locale), as the C# side folds the query text.
    /// </summary>
    public const string Fold = """
        CREATE OR REPLACE FUNCTION adr_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g') COLLATE "und-x-icu") $$;
        """;

    /// <summary>
    /// The audit trail's commit order (<see cref="AuditOrder"/>): every inserted entry takes the one audit lock (a
    /// transaction-level advisory lock, held to commit) and then the next "NoticeOrder". Writers of the trail are thereby
    /// serialised from their first entry to their commit, as SQLite's write lock serialises them, so "NoticeOrder" grows in
    /// commit order and a reader that has seen n has seen every committed entry below n.
    /// </summary>
    public static readonly string AuditOrder = $"""
        CREATE SEQUENCE "AuditTrail_NoticeOrder_seq";
        ALTER TABLE "AuditTrail" ADD COLUMN "NoticeOrder" bigint;
        CREATE UNIQUE INDEX "IX_AuditTrail_NoticeOrder" ON "AuditTrail" ("NoticeOrder");
        CREATE FUNCTION adr_audit_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({Data.AuditOrder.LockKey});
            NEW."NoticeOrder" := nextval('"AuditTrail_NoticeOrder_seq"');
            RETURN NEW;
        END $$;
        CREATE TRIGGER "AuditTrail_Order" BEFORE INSERT ON "AuditTrail" FOR EACH ROW EXECUTE FUNCTION adr_audit_order();
        """;

    /// <summary>
    /// Append-only, exactly as the SQLite trigger of EraseDataRights: no DELETE (nor TRUNCATE); an UPDATE only (a) seals an
    /// entry written before the hash chain (chain columns from empty to set, nothing else changed) or (b) overwrites the
    /// personal text with an erased marker, keeping the chain, when the case is erased (D24) or has a PersonErasures row.
    /// </summary>
    public const string AppendOnly = """
        CREATE FUNCTION adr_audit_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Id" = OLD."Id" AND NEW."CaseId" = OLD."CaseId" AND NEW."CaseNumber" = OLD."CaseNumber"
                AND NEW."ActorId" = OLD."ActorId" AND NEW."Role" = OLD."Role" AND NEW."At" = OLD."At"
                AND NEW."Action" = OLD."Action" AND NEW."Sequence" = OLD."Sequence"
                AND NEW."Before" IS NOT DISTINCT FROM OLD."Before" AND NEW."After" IS NOT DISTINCT FROM OLD."After"
                AND NEW."NoticeOrder" IS NOT DISTINCT FROM OLD."NoticeOrder"
                AND (
                    (OLD."Hash" IS NULL AND OLD."PersonalDigest" IS NULL AND OLD."Salt" IS NULL
                        AND NEW."ActorName" = OLD."ActorName" AND NEW."Detail" IS NOT DISTINCT FROM OLD."Detail"
                        AND NEW."OnBehalfOf" IS NOT DISTINCT FROM OLD."OnBehalfOf")
                    OR
                    (NEW."Hash" IS NOT DISTINCT FROM OLD."Hash" AND NEW."PersonalDigest" IS NOT DISTINCT FROM OLD."PersonalDigest"
                        AND (NEW."Salt" IS NOT DISTINCT FROM OLD."Salt" OR NEW."Salt" IS NULL)
                        AND (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" IN ('[verwijderd]', '[verwijderd account]'))
                        AND (NEW."Detail" IS NOT DISTINCT FROM OLD."Detail" OR NEW."Detail" IN ('[verwijderd]', '[verwijderd account]'))
                        AND (NEW."OnBehalfOf" IS NOT DISTINCT FROM OLD."OnBehalfOf" OR NEW."OnBehalfOf" IN ('[verwijderd]', '[verwijderd account]'))
                        AND (EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased')
                            OR EXISTS (SELECT 1 FROM "PersonErasures" p WHERE p."CaseId" = OLD."CaseId")))
                ) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'AuditTrail is append-only: UPDATE is not allowed';
        END $$;
        CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail" FOR EACH ROW EXECUTE FUNCTION adr_audit_no_update();
        CREATE FUNCTION adr_audit_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'AuditTrail is append-only: % is not allowed', TG_OP;
        END $$;
        CREATE TRIGGER "AuditTrail_NoDelete" BEFORE DELETE ON "AuditTrail" FOR EACH ROW EXECUTE FUNCTION adr_audit_no_delete();
        CREATE TRIGGER "AuditTrail_NoTruncate" BEFORE TRUNCATE ON "AuditTrail" FOR EACH STATEMENT EXECUTE FUNCTION adr_audit_no_delete();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "AuditTrail_NoTruncate" ON "AuditTrail";
        DROP TRIGGER IF EXISTS "AuditTrail_NoDelete" ON "AuditTrail";
        DROP TRIGGER IF EXISTS "AuditTrail_NoUpdate" ON "AuditTrail";
        DROP TRIGGER IF EXISTS "AuditTrail_Order" ON "AuditTrail";
        DROP FUNCTION IF EXISTS adr_audit_no_delete();
        DROP FUNCTION IF EXISTS adr_audit_no_update();
        DROP FUNCTION IF EXISTS adr_audit_order();
        DROP SEQUENCE IF EXISTS "AuditTrail_NoticeOrder_seq" CASCADE;
        DROP FUNCTION IF EXISTS adr_fold(text);
        """;
}
