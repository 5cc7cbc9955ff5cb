using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// Reads a JSON request body within the service's limits: <c>415</c> for a content type other than JSON, <c>413</c> for a
/// body over <see cref="ServiceOptions.MaxRequestBodyBytes"/> (Kestrel enforces it while reading, so a chunked body is
/// held to it too), and the request's cancellation (a client gone, the request timeout) observed while reading.
/// </summary>
internal static class JsonBody
{
    /// <summary>The serializer settings of every request body: strict, no duplicate keys, no unknown fields, no comments.</summary>
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    /// <summary>Returns the body's bytes, or a problem (415, 413) when it cannot be taken.</summary>
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Problem)> ReadAsync(HttpRequest request, string what, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (default, Problems.UnsupportedMediaType($"A {what} is sent as JSON: Content-Type application/json."));
        }

        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (request.ContentLength is { } length && limit is { } max && length > max)
        {
            return (default, Problems.TooLarge(what, max));
        }

        // Read from the body's pipe, and on the request timeout cancel the pending read rather than the read itself: the pipe
        // stays in a state Kestrel can finish the request from.
        using var body = new MemoryStream();
        var reader = request.BodyReader;
        using var timeout = cancellationToken.Register(static r => ((System.IO.Pipelines.PipeReader)r!).CancelPendingRead(), reader);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(CancellationToken.None);
                foreach (var segment in result.Buffer)
                {
                    body.Write(segment.Span);
                }

                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCanceled)
                {
                    // The request timeout (or the client leaving) stopped a body arriving too slowly. Expected, so answered
                    // here with no stack trace logged; the connection is closed rather than drained.
                    request.HttpContext.Response.Headers.Connection = "close";
                    return (default, Problems.Timeout(what));
                }

                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A chunked body over the limit: Kestrel stops reading it at the limit. Expected, so no stack trace is logged.
            return (default, Problems.TooLarge(what, limit ?? 0));
        }

        return (body.GetBuffer().AsMemory(0, (int)body.Length), null);
    }
}
