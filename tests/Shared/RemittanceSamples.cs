namespace MedCoding.Testing;

/// <summary>835s built from the sample remittance (<c>samples/x12/remittance.835</c>) for what one transaction does not show.</summary>
internal static class RemittanceSamples
{
    /// <summary>
    /// Returns the sample's interchange with three transactions: the sample's, a second naming no payee (N1*PE), and a third
    /// with no claims at all (only its PLB, so not balanced).
    /// </summary>
    public static string ThreeTransactions(string sample)
    {
        var st = sample.IndexOf("ST*835", StringComparison.Ordinal);
        var ge = sample.IndexOf("GE*", StringComparison.Ordinal);
        var first = sample[st..ge];
        var second = first
            .Replace("ST*835*0001", "ST*835*0002", StringComparison.Ordinal)
            .Replace("N1*PE*VALLEY FAMILY MEDICINE*XX*1234567893~\n", string.Empty, StringComparison.Ordinal)
            .Replace("SE*45*0001", "SE*44*0002", StringComparison.Ordinal);
        var head = first[..first.IndexOf("LX*1~", StringComparison.Ordinal)].Replace("ST*835*0001", "ST*835*0003", StringComparison.Ordinal);
        var plb = first[first.IndexOf("PLB*", StringComparison.Ordinal)..first.IndexOf("SE*", StringComparison.Ordinal)];
        var third = head + plb;
        third += $"SE*{third.Count(c => c == '~') + 1}*0003~\n";
        return sample[..st] + first + second + third + sample[ge..].Replace("GE*1*777", "GE*3*777", StringComparison.Ordinal);
    }
}
