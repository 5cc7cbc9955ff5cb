namespace MedCoding.Grouping.Formulas;

/// <summary>Which of the case's codes an atom of a formula is tested against.</summary>
internal enum OperandScope
{
    /// <summary>No prefix: the procedures, met clusters and computed operands.</summary>
    Procedure = 0,

    /// <summary><c>PDX:</c> the principal diagnosis.</summary>
    Principal = 1,

    /// <summary><c>SDX:</c> any secondary diagnosis.</summary>
    Secondary = 2,

    /// <summary><c>ANY:</c> the principal or any secondary diagnosis.</summary>
    Any = 3,

    /// <summary><c>ONLY:</c> every diagnosis, principal and secondary.</summary>
    Only = 4,
}
