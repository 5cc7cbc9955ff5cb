namespace MedCoding.Billing.X12;

/// <summary>
/// The exception thrown when a claim cannot be written as a valid 837: a required part is missing or a value does not fit.
/// </summary>
/// <remarks>The message names the field or X12 element at fault, never its value.</remarks>
public sealed class X12WriteException : ArgumentException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="field">The claim field or X12 element at fault (<c>lines[0].diagnosisPointers</c>, <c>NM1-03</c>).</param>
    /// <param name="problem">What is wrong and what is expected.</param>
    public X12WriteException(string field, string problem)
        : base($"{field}: {problem}", "claim")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>Gets the claim field or X12 element at fault.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong, without the field.</summary>
    public string Problem { get; }

    /// <inheritdoc />
    public override string Message => $"{Field}: {Problem}";
}
