package app.redline.user;

/** A newly created token: the only moment its secret value exists outside the client. */
public record IssuedToken(ApiTokenSummary token, String secret) {}
