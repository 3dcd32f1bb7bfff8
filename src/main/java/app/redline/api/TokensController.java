package app.redline.api;

import app.redline.user.ApiTokenService;
import app.redline.user.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
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

    record TokenRequest(String name) {}

    record TokenCreated(long id, String name, String token, Instant createdAt) {}

    @Operation(summary = "Create a personal access token (HTTP Basic with your user name and password); shown once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TokenCreated create(@RequestBody(required = false) TokenRequest request) {
        IssuedToken issued = tokens.issueForCurrentUser(request == null || request.name() == null ? "api" : request.name());
        return new TokenCreated(issued.token().id(), issued.token().name(), issued.secret(), issued.token().createdAt());
    }
}
