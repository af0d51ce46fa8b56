-- Issue 7 item 2 / issue 9: the assessor's workbench grid starts from the assessor's seats (CaseParticipants) and
-- looks each summary up by CaseId. With this covering index the count, every filter and every sort the grid offers
-- are answered from the index alone; only the page's 25 rows are read from the table (EXPLAIN QUERY PLAN in
-- docs/performance-workbench.md).
CREATE INDEX "IX_CaseSummaries_WorkbenchGrid"
    ON "CaseSummaries" ("CaseId", "State", "NextDeadlineAt", "Number", "WebshopName", "AmountClaimed", "ProcedureLanguage", "Scheme");
