namespace MedCoding.Samples.WebApi;

/// <summary>
/// The limits the web sample runs under as a service would (configuration section <c>Service</c>, e.g.
/// <c>--Service:RateLimit:PermitLimit 200</c>): the largest request body, the request timeout, and the rate limit per
/// client address.
/// </summary>
internal sealed class ServiceOptions
{
    /// <summary>Gets or sets the largest request body in bytes, chunked or not (Kestrel's <c>MaxRequestBodySize</c>): over it, 413.</summary>
    /// <value>The default is 1 MiB: a claim or an audit batch is a few kilobytes to a few hundred.</value>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the time a request may take, reading its body included: past it, 504.</summary>
    /// <value>The default is 30 seconds.</value>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Gets the rate limit per client address.</summary>
    public RateLimitOptions RateLimit { get; } = new();

    /// <summary>A fixed window per client address: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>, then 429 until the window ends.</summary>
    internal sealed class RateLimitOptions
    {
        /// <summary>Gets or sets the requests a client address may make in one window.</summary>
        /// <value>The default is 100.</value>
        public int PermitLimit { get; set; } = 100;

        /// <summary>Gets or sets the window in seconds.</summary>
        /// <value>The default is 1 second.</value>
        public double WindowSeconds { get; set; } = 1;
    }
}
