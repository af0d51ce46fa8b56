using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Mediation;
using AdrDesk.Infrastructure.Data.Cases;

namespace AdrDesk.Features.Cases;

/// <summary>Projects an aggregate onto its <see cref="CaseSummary"/> row and <see cref="CaseParticipant"/> rows.</summary>
public static class CaseIndexer
{
    /// <summary>Terms that do not ask anything of anyone now: the court term (D19) is information, retention (D24) the desk's housekeeping.</summary>
    private static readonly DeadlineKind[] NotActionable = [DeadlineKind.Court, DeadlineKind.Retention];

    /// <summary>Overwrites every derived column; <see cref="CaseSummary.AmountClaimed"/> (from the intake) is left alone.</summary>
    public static void Apply(CaseSummary s, CaseBase c, DateTimeOffset now)
    {
        s.CaseId = c.Id;
        s.Number = c.Number.ToString();
        s.Scheme = c.Scheme;
        s.State = c.StateName;
        s.CreatedAt = c.CreatedAt;
        s.UpdatedAt = now;
        s.Version = c.Version;
        var next = c.Deadlines.Where(d => d.IsOpen && !NotActionable.Contains(d.Kind)).MinBy(d => d.DueAt);
        s.NextDeadlineAt = next?.DueAt;
        s.NextDeadlineKind = next?.Kind;

        var consumer = c.Parties.FirstOrDefault(p => p.Role == PartyRole.Consumer);
        var businesses = c.Parties.Where(p => p.Role == PartyRole.Business).ToList();
        var business = businesses.FirstOrDefault();
        var client = businesses.Skip(1).FirstOrDefault();
        s.ConsumerUserId = consumer?.UserId;
        s.ConsumerName = consumer?.Name;
        s.BusinessUserId = business?.UserId;
        s.OrganisationId = business?.OrganisationId;
        s.WebshopName = business?.Name;
        s.ClientUserId = client?.UserId;
        s.ClientOrganisationId = client?.OrganisationId;
        s.AssessorId = null;
        s.AssessorName = null;
        s.MediatorId = null;
        s.ProcedureLanguage = null;
        s.FiledAt = null;
        s.EndedAt = null;

        switch (c)
        {
            case BindingRulingCase br:
                var lead = br.CurrentPanel.OrderByDescending(p => p.IsRapporteur).FirstOrDefault();
                s.AssessorId = lead?.AssessorId;
                s.AssessorName = lead?.AssessorName;
                s.ProcedureLanguage = br.ProcedureLanguage;
                s.FiledAt = br.FiledAt;
                s.EndedAt = br.EndedAt;
                break;
            case MediationCase m:
                s.MediatorId = m.MediatorId;
                break;
            case BemiddelingCase:
                break;
        }
    }

    public static IEnumerable<CaseParticipant> Participants(CaseBase c)
    {
        var businessSeen = false;
        foreach (var party in c.Parties)
        {
            var relation = party.Role == PartyRole.Consumer ? CaseRelation.Consumer
                : c is MediationCase && businessSeen ? CaseRelation.Client : CaseRelation.Business;
            businessSeen |= party.Role == PartyRole.Business;
            var row = Row(c, relation, party.Id, party.UserId, party.OrganisationId, null);
            row.Name = party.Name;
            yield return row;
            // D7: the representative acts for the party only by the account that accepted its invitation (issue 19).
            if (party.Representative is { } representative && (representative.UserId is not null || representative.Email is { Length: > 0 }))
                yield return Row(c, CaseRelation.Representative, party.Id, representative.UserId, null, representative.Email?.Trim().ToUpperInvariant());
        }
        switch (c)
        {
            case BindingRulingCase br:
                foreach (var seat in br.CurrentPanel) yield return Row(c, CaseRelation.Assessor, null, seat.AssessorId, null, null);
                break;
            case MediationCase { MediatorId: { } mediator }:
                yield return Row(c, CaseRelation.Mediator, null, mediator, null, null);
                break;
        }
    }

    private static CaseParticipant Row(CaseBase c, CaseRelation relation, Guid? partyId, Guid? userId, Guid? organisationId, string? email) =>
        new() { Id = Guid.NewGuid(), CaseId = c.Id, Relation = relation, PartyId = partyId, UserId = userId, OrganisationId = organisationId, Email = email };
}
