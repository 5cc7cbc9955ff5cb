namespace MedCoding.Billing.X12;

/// <summary>
/// Returns the payment of a remittance (BPR and TRN): how much, how, when and its trace number.
/// </summary>
/// <param name="HandlingCode">BPR01: <c>I</c> remittance and payment, <c>H</c> notification only...</param>
/// <param name="Amount">BPR02: the total paid.</param>
/// <param name="CreditDebit">BPR03: <c>C</c> credit or <c>D</c> debit.</param>
/// <param name="Method">BPR04: <c>ACH</c>, <c>CHK</c>, <c>NON</c>...</param>
/// <param name="Date">BPR16: the payment (effective) date.</param>
/// <param name="TraceNumber">TRN02: the check or EFT trace number that reassociates payment and remittance.</param>
/// <param name="PayerIdentifier">TRN03: the payer's originating company id, if given.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record RemittancePayment(
    string HandlingCode,
    decimal Amount,
    string CreditDebit,
    string Method,
    DateOnly Date,
    string TraceNumber,
    string? PayerIdentifier = null);
