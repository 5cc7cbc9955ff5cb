namespace MedCoding.Audit;

/// <summary>Gets what a code did to move the DRG from one version of a case to another, as the grouper's explanation shows it.</summary>
public enum ShiftCauseKind
{
    /// <summary>A secondary diagnosis became a counted CC or MCC that sets the new severity.</summary>
    BecameSeverityDriver = 1,

    /// <summary>A secondary diagnosis that set the old severity no longer counts (removed, changed, excluded by the new principal, or no longer a CC/MCC).</summary>
    StoppedBeingSeverityDriver = 2,

    /// <summary>The procedure that drives the surgical DRG changed (or one now drives it, or none does).</summary>
    DrivingProcedureChanged = 3,

    /// <summary>The principal diagnosis changed and with it the MDC or the base DRG.</summary>
    PrincipalDiagnosisChanged = 4,
}

/// <summary>Gets one code that moved the DRG, and how.</summary>
/// <param name="Kind">How it moved the DRG.</param>
/// <param name="Code">The diagnosis or procedure code, as the case gives it.</param>
/// <param name="Description">The explanation in words, e.g. <c>I50.21 became a counted MCC</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ShiftCause(ShiftCauseKind Kind, string Code, string Description);
