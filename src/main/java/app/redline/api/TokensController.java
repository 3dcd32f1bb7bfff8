package app.redline.api;

import app.redline.user.ApiTokenService;
import app.redline.user.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

    private final ApiTokenService tokens;

    TokensController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(
            String name,
            @Schema(description = "Days until the token expires: 1 to 3650, default 90; 0 for a token that never expires")
            Integer expiresInDays) {}

    record TokenCreated(long id, String name, String token, Instant createdAt,
                        @Schema(description = "When the token stops working; null if it never expires") Instant expiresAt) {}

    @Operation(summary = "Create a personal access token with your user name and password (HTTP Basic; a bearer token "
            + "is refused here); it expires after expiresInDays (default 90, 0 = never) and is shown once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TokenCreated create(@RequestBody(required = false) TokenRequest request) {
        String name = request == null || request.name() == null ? "api" : request.name();
        int days = request == null || request.expiresInDays() == null ? ApiTokenService.DEFAULT_LIFETIME_DAYS
                : request.expiresInDays();
        IssuedToken issued = tokens.issueForCurrentUser(name, days);
        return new TokenCreated(issued.token().id(), issued.token().name(), issued.secret(), issued.token().createdAt(),
                issued.token().expiresAt());
    }
}
