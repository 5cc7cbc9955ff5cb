using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace MedCoding.Fhir;

/// <summary>
/// Builds the errors of the terminology operations: a <see cref="FhirOperationException"/> carrying an
/// <see cref="OperationOutcome"/> and the HTTP status a server answers with. Messages name codes, systems and
/// versions, never anything else from the request.
/// </summary>
internal static class Outcomes
{
    private const int MaxEchoLength = 80;

    public static FhirOperationException Error(HttpStatusCode status, OperationOutcome.IssueType type, string message) =>
        new(message, status, Outcome(OperationOutcome.IssueSeverity.Error, type, message));

    public static FhirOperationException BadRequest(string message) =>
        Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid, message);

    public static FhirOperationException NotFound(string message) =>
        Error(HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound, message);

    public static OperationOutcome Outcome(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type, string message) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = severity,
                Code = type,
                Diagnostics = message,
                Details = new CodeableConcept { Text = message },
            },
        ],
    };

    /// <summary>Returns input as it may be repeated in a message: trimmed, and cut short when long.</summary>
    public static string Clip(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length <= MaxEchoLength ? trimmed : string.Concat(trimmed.AsSpan(0, MaxEchoLength), "...");
    }
}
