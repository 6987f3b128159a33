using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311.Keys;

/// <summary>
/// A client allowed to POST service requests. Only the SHA-256 of the key is stored: keys are long random strings,
/// so a fast hash suffices, and a leaked table gives no usable key.
/// </summary>
public sealed class Open311ApiKey : Entity
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Open311ApiKey() { }

    public string Client { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new key for the client; the plain key is returned once and never stored.</summary>
    public static (Open311ApiKey Key, string Plain) Issue(string? client)
    {
        var plain = "o311-" + RandomNumberGenerator.GetString(Alphabet, 40);
        return (WithKey(client, plain), plain);
    }

    /// <summary>A key with a known value (the demo database's <c>demo-open311-key</c>).</summary>
    public static Open311ApiKey WithKey(string? client, string plain)
    {
        var name = client?.Trim() ?? "";
        if (name.Length is 0 or > 100) throw new FieldValidationException("client", "请填写客户端名称（1–100 个字）");
        return new Open311ApiKey { Client = name, KeyHash = Hash(plain) };
    }

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null) throw new BusinessRuleException("open311-key-revoked", "该密钥已停用");
        RevokedAt = now;
    }

    public static string Hash(string plain) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
}

internal sealed class Open311ApiKeyConfiguration : IEntityTypeConfiguration<Open311ApiKey>
{
    public void Configure(EntityTypeBuilder<Open311ApiKey> builder)
    {
        builder.ToTable("appeals_open311_key");
        builder.Property(x => x.Client).HasMaxLength(100);
        builder.Property(x => x.KeyHash).HasMaxLength(64);
        builder.HasIndex(x => x.KeyHash).IsUnique();
        builder.Ignore(x => x.IsActive);
    }
}
