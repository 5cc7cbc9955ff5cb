using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>Gets one encounter of an audit batch: its id, the coder who coded it, and the coder's and auditor's versions.</summary>
/// <param name="Id">The encounter's id, e.g. <c>A0001</c>.</param>
/// <param name="Coder">The coder's id, e.g. <c>C03</c>.</param>
/// <param name="Coded">The coder's version.</param>
/// <param name="Audited">The auditor's version.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record AuditPair(string Id, string Coder, DrgCase Coded, DrgCase Audited);

/// <summary>Gets one encounter of a batch with its audit.</summary>
/// <param name="Pair">The encounter.</param>
/// <param name="Audit">Its audit.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PairAudit(AuditPair Pair, EncounterAudit Audit);

/// <summary>Gets the audit of a batch: each encounter's audit, the summary over all, and one per coder.</summary>
/// <param name="Encounters">Each encounter's audit, in input order.</param>
/// <param name="Overall">The summary over every encounter.</param>
/// <param name="Coders">The summary of each coder's encounters, by coder id (ordinal order).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record BatchAudit(IReadOnlyList<PairAudit> Encounters, AccuracySummary Overall, IReadOnlyDictionary<string, AccuracySummary> Coders);
