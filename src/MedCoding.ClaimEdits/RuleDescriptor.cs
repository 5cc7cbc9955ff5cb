using System.Collections.Frozen;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns one entry of the <see cref="RuleCatalog"/>.
/// </summary>
/// <param name="Id">The stable rule id.</param>
/// <param name="DefaultSeverity">The severity unless configured otherwise.</param>
/// <param name="RuleSet">The rule set the rule belongs to (<see cref="RuleSets"/>).</param>
/// <param name="Title">A short title.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record RuleDescriptor(string Id, Severity DefaultSeverity, string RuleSet, string Title);
