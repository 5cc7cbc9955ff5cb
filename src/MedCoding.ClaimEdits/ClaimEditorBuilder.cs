using System.Collections.Frozen;
using MedCoding.ClaimEdits.Edits;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns a builder of a <see cref="ClaimEditor"/>: which edits run, and how their rules are reported.
/// </summary>
/// <remarks>Mutable; <see cref="Build"/> gives an immutable editor, after which the builder refuses further use.</remarks>
public sealed class ClaimEditorBuilder
{
    private readonly ClaimEditData _data;
    private readonly List<IClaimEdit> _edits = [];
    private readonly Dictionary<string, RuleOverride> _overrides = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private bool _used;

    internal ClaimEditorBuilder(ClaimEditData data) => _data = data;

    /// <summary>Returns the built-in edits, with their default settings, in the order they run.</summary>
    /// <returns>New instances of every default edit.</returns>
    public static IReadOnlyList<IClaimEdit> DefaultEdits() =>
    [
        new DiagnosisCodeEdit(),
        new DiagnosisSequenceEdit(),
        new Excludes1Edit(),
        new DiagnosisPointerEdit(),
        new DiagnosisLimitEdit(),
        new ProcedureCodeEdit(),
        new ModifierEdit(),
        new PtpBundlingEdit(),
        new MueUnitsEdit(),
        new PresentOnAdmissionEdit(),
        new AgeConflictEdit(),
        new SexConflictEdit(),
        new MedicareCodeEditorEdit(),
        new DuplicateLineEdit(),
    ];

    /// <summary>Adds every built-in edit (<see cref="DefaultEdits"/>).</summary>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder AddDefaultEdits()
    {
        ThrowIfUsed();
        _edits.AddRange(DefaultEdits());
        return this;
    }

    /// <summary>Adds an edit, such as a payer-specific one.</summary>
    /// <param name="edit">The edit.</param>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder Add(IClaimEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ThrowIfUsed();
        _edits.Add(edit);
        return this;
    }

    /// <summary>Removes every edit of a type.</summary>
    /// <typeparam name="TEdit">The edit type, e.g. <see cref="DuplicateLineEdit"/>.</typeparam>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder Remove<TEdit>()
        where TEdit : IClaimEdit
    {
        ThrowIfUsed();
        _edits.RemoveAll(e => e is TEdit);
        return this;
    }

    /// <summary>Replaces the edit of a type by a configured one, e.g. <c>Configure&lt;DiagnosisLimitEdit&gt;(e =&gt; e with { ProfessionalLimit = 4 })</c>.</summary>
    /// <typeparam name="TEdit">The edit type.</typeparam>
    /// <param name="configure">Returns the new edit from the current one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No edit of that type was added.</exception>
    public ClaimEditorBuilder Configure<TEdit>(Func<TEdit, TEdit> configure)
        where TEdit : IClaimEdit
    {
        ArgumentNullException.ThrowIfNull(configure);
        ThrowIfUsed();
        var index = _edits.FindIndex(e => e is TEdit);
        if (index < 0)
        {
            throw new InvalidOperationException($"No {typeof(TEdit).Name} has been added; call AddDefaultEdits() or Add() first.");
        }

        _edits[index] = configure((TEdit)_edits[index]) ?? throw new InvalidOperationException($"The configuration of {typeof(TEdit).Name} returned null.");
        return this;
    }

    /// <summary>Turns one rule off: its findings are dropped, and an edit whose rules are all off does not run.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>DUPLICATE_LINE</c>.</param>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder Disable(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ThrowIfUsed();
        _disabled.Add(ruleId);
        return this;
    }

    /// <summary>Changes the severity a rule reports with (a payer that denies what others only review).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder WithSeverity(string ruleId, Severity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Expected Severity.Warning or Severity.Error.");
        }

        ThrowIfUsed();
        _overrides[ruleId] = _overrides.GetValueOrDefault(ruleId) with { Severity = severity };
        return this;
    }

    /// <summary>Changes the error code a rule reports with (FluentValidation's <c>WithErrorCode</c>), e.g. to a payer's own code.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="errorCode">The code findings of the rule carry instead.</param>
    /// <returns>This builder.</returns>
    public ClaimEditorBuilder WithErrorCode(string ruleId, string errorCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ThrowIfUsed();
        _overrides[ruleId] = _overrides.GetValueOrDefault(ruleId) with { ErrorCode = errorCode };
        return this;
    }

    /// <summary>Returns the editor. The builder cannot be used afterwards.</summary>
    /// <returns>The immutable editor.</returns>
    public ClaimEditor Build()
    {
        ThrowIfUsed();
        _used = true;
        var settings = new ClaimEditorSettings(_overrides.ToFrozenDictionary(StringComparer.Ordinal), _disabled.ToFrozenSet(StringComparer.Ordinal));
        return new ClaimEditor(_data, [.. _edits], settings);
    }

    private void ThrowIfUsed()
    {
        if (_used)
        {
            throw new InvalidOperationException("This builder has already built an editor; create a new one with ClaimEditor.CreateBuilder.");
        }
    }
}
