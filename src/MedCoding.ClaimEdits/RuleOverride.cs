using System.Collections.Frozen;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

internal readonly record struct RuleOverride(Severity? Severity, string? ErrorCode);
